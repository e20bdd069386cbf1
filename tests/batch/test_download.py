"""Finished videos onto disk, against the simulator's real file server (it honours Range)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from heygen_widgets.batch.download import (
    DownloadError,
    download,
    fetch,
    file_names,
    plain_client,
    safe_name,
)
from heygen_widgets.batch.ledger import Entry, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Transport

KEY = "sk-download-test-4b1e"


class Recorder:
    """A plain httpx client whose requests (and answers) are written down as they are sent."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.statuses: list[int] = []
        self.client = plain_client()
        self.client.event_hooks = {"request": [self.sent.append], "response": [self._answer]}

    def _answer(self, response: httpx.Response) -> None:
        self.statuses.append(response.status_code)

    def ranges(self) -> list[str | None]:
        return [request.headers.get("range") for request in self.sent]


@pytest.fixture
def connection(fake: FakeHeyGen) -> Iterator[Connection]:
    with Connection(Transport(fake.url, KEY, timeout=10)) as conn:
        yield conn


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    recorder = Recorder()
    with recorder.client:
        yield recorder


def finished_entries(fake: FakeHeyGen, connection: Connection, prompts: list[str]) -> list[Entry]:
    entries = []
    for number, prompt in enumerate(prompts, start=1):
        session = connection.create(prompt, mode="generate")
        fake.run_until_idle()
        snapshot = session.refresh()
        video = session.video()
        assert video is not None and video.ready
        entries.append(
            Entry(
                f"key{number}", number, prompt, None, State.FINISHED, session_id=session.session_id,
                status=snapshot.status, video_id=video.id, video_url=video.url,
            )
        )  # fmt: skip
    return entries


def served(fake: FakeHeyGen, entry: Entry) -> bytes:
    assert entry.video_url is not None
    return httpx.get(entry.video_url).content


def test_every_finished_video_is_downloaded_with_its_servers_size(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["Our office tour", "Lesson one on fractions"])
    entries.append(Entry("key3", 3, "Still running", None, State.RUNNING, session_id="sess_x"))

    paths = download(
        entries, tmp_path / "videos", connection=connection, progress=False, client=recorder.client
    )

    assert [p.name for p in paths] == ["001-our-office-tour.webm", "002-lesson-one-on-fractions.webm"]
    for path, entry in zip(paths, entries, strict=False):
        assert path.read_bytes() == served(fake, entry)
    assert not list((tmp_path / "videos").glob("*.part"))
    assert len(recorder.sent) == 2  # no range: nothing was on disk; nothing for the running row


def test_the_api_key_goes_to_the_api_and_never_to_a_video_url(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["A clip"])
    reads = []
    for _ in range(2):  # a download, then a skip
        before = len(fake.requests)
        download(entries, tmp_path, connection=connection, progress=False, client=recorder.client)
        reads.append([r.operation for r in fake.requests[before:]].count("getVideoV3"))

    assert recorder.sent and all("/files/videos/" in r.url.path for r in recorder.sent)
    for request in recorder.sent:
        assert "x-api-key" not in request.headers
        assert "authorization" not in request.headers
        assert KEY not in str(request.headers) and KEY not in str(request.url)
    with plain_client() as default:
        assert "x-api-key" not in default.headers and "authorization" not in default.headers
    assert reads == [1, 1]  # the URL was read again through the API (with the key) each time


def test_a_complete_file_is_skipped_after_one_byte_of_asking(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["A clip"])
    (path,) = download(entries, tmp_path, connection=connection, progress=False)
    before = path.stat().st_mtime_ns

    again = download(entries, tmp_path, connection=connection, progress=False, client=recorder.client)

    assert again == [path]
    assert recorder.ranges() == ["bytes=0-0"]
    assert recorder.statuses == [206]
    assert path.stat().st_mtime_ns == before


def test_a_partial_file_is_resumed_with_a_range_request(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["A clip"])
    whole = served(fake, entries[0])
    name = file_names(entries)["key1"]
    (tmp_path / f"{name}.part").write_bytes(whole[:1000])  # a run cut off after 1,000 bytes

    (path,) = download(entries, tmp_path, connection=connection, progress=False, client=recorder.client)

    assert path.read_bytes() == whole
    assert recorder.ranges() == ["bytes=1000-"]
    assert recorder.statuses == [206]
    assert not (tmp_path / f"{name}.part").exists()


def test_a_part_that_is_already_whole_is_kept(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["A clip"])
    whole = served(fake, entries[0])
    name = file_names(entries)["key1"]
    (tmp_path / f"{name}.part").write_bytes(whole)  # cut off between the last byte and the rename

    (path,) = download(entries, tmp_path, connection=connection, progress=False, client=recorder.client)

    assert path.read_bytes() == whole
    assert recorder.statuses == [416]  # nothing left to send: the .part becomes the file


def test_a_file_of_the_wrong_size_is_downloaded_again(
    fake: FakeHeyGen, connection: Connection, recorder: Recorder, tmp_path: Path
) -> None:
    entries = finished_entries(fake, connection, ["A clip"])
    name = file_names(entries)["key1"]
    (tmp_path / name).write_bytes(b"not this video")

    (path,) = download(entries, tmp_path, connection=connection, progress=False, client=recorder.client)

    assert path.read_bytes() == served(fake, entries[0])
    assert recorder.ranges() == ["bytes=0-0", None]


def test_a_row_whose_video_is_gone_fails_alone(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path
) -> None:
    first, third = finished_entries(fake, connection, ["First", "Third"])
    third = replace(third, number=3)
    lost = Entry("key9", 2, "Second", None, State.FINISHED, session_id="sess_deleted00000000000000")
    with pytest.raises(DownloadError) as caught:
        download([first, lost, third], tmp_path, connection=connection, progress=False)

    error = caught.value
    assert list(error.failures) == [2]
    assert "not found" in error.failures[2]
    assert [p.name for p in error.paths] == ["001-first.webm", "003-third.webm"]
    assert all(p.is_file() for p in error.paths)
    assert "\n" not in str(error) and "row 2" in str(error) and "download again" in str(error)


def test_one_bar_over_all_files(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = finished_entries(fake, connection, ["One", "Two"])
    download(entries, tmp_path, connection=connection, progress=True)
    err = capsys.readouterr().err
    assert "Downloading" in err and "2/2" in err
    download(entries, tmp_path, connection=connection, progress=False)
    assert capsys.readouterr().err == ""


def test_a_batch_is_taken_with_its_own_connection(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path
) -> None:
    class Finished:
        def __init__(self, entries: list[Entry]) -> None:
            self.connection = connection
            self._entries = entries

        def entries(self) -> list[Entry]:
            return self._entries

    paths = download(Finished(finished_entries(fake, connection, ["One"])), tmp_path, progress=False)
    assert [p.name for p in paths] == ["001-one.webm"]


# -- a server that ignores Range --------------------------------------------------------------------
# The simulator honours Range, like HeyGen's CDN; a server that does not cannot be made from it, so
# this one case uses httpx's MockTransport as that server.


def test_a_server_that_ignores_range_makes_the_download_start_over(tmp_path: Path) -> None:
    body = bytes(range(256)) * 40
    seen: list[str | None] = []

    def no_ranges(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("range"))
        return httpx.Response(200, stream=httpx.ByteStream(body), headers={"content-length": str(len(body))})

    target = tmp_path / "clip.mp4"
    (tmp_path / "clip.mp4.part").write_bytes(b"stale bytes from another try")
    with httpx.Client(transport=httpx.MockTransport(no_ranges)) as client:
        fetch(client, "https://cdn.example/clip.mp4", target)
    assert seen == ["bytes=28-"]
    assert target.read_bytes() == body


# -- names -----------------------------------------------------------------------------------------


def entry(number: int, prompt: str, name: str | None = None, url: str | None = None) -> Entry:
    return Entry(f"k{number}", number, prompt, name, State.FINISHED, video_url=url)


def test_names_come_from_the_name_column_else_the_prompt() -> None:
    names = file_names(
        [
            entry(1, "A tour of the NEW office, with the whole team and more", name="Office tour"),
            entry(2, "  Lesson one:   fractions!  "),
            entry(3, "🎬🎬"),
        ]
    )
    assert list(names.values()) == ["Office-tour.mp4", "002-lesson-one-fractions.mp4", "003.mp4"]


def test_names_are_safe_on_any_filesystem() -> None:
    names = file_names(
        [
            entry(1, "x", name="../../etc/passwd"),
            entry(2, "x", name="C:\\Windows\\win.ini"),
            entry(3, "x", name=".hidden"),
            entry(4, "x", name="CON"),
            entry(5, "x", name="a/b\0c\nd"),
            entry(6, "Café au lait, s'il vous plaît"),
            entry(7, "x", name="x" * 200),
        ]
    )
    got = list(names.values())
    assert got[:5] == ["etc-passwd.mp4", "C-Windows-win.ini.mp4", "hidden.mp4", "004-x.mp4", "a-b-c-d.mp4"]
    assert got[5] == "006-café-au-lait-s-il-vous-plaît.mp4"
    assert got[6] == "x" * 80 + ".mp4"
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in got)


def test_names_are_unique_ignoring_case_and_stable() -> None:
    entries = [
        entry(1, "x", name="Intro"),
        entry(2, "x", name="intro"),
        entry(3, "x", name="INTRO"),
        entry(4, "x", name="intro-2"),
    ]
    names = file_names(entries)
    assert list(names.values()) == ["Intro.mp4", "intro-2.mp4", "INTRO-3.mp4", "intro-2-2.mp4"]
    assert file_names(entries) == names


def test_numbers_are_padded_to_the_largest_row_and_the_suffix_is_the_videos() -> None:
    names = file_names(
        [entry(7, "Seven", url="https://cdn.example/a/v.webm?sig=1"), entry(1200, "Last", url="https://x/v")]
    )
    assert list(names.values()) == ["0007-seven.webm", "1200-last.mp4"]


def test_safe_name_leaves_nothing_usable_empty() -> None:
    assert safe_name("...", 80) == ""
    assert safe_name("nul.txt", 80) == ""
