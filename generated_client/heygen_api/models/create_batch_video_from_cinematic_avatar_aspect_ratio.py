from enum import StrEnum


class CreateBatchVideoFromCinematicAvatarAspectRatio(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"
    VALUE_2 = "1:1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CreateBatchVideoFromCinematicAvatarAspectRatio | None":
        """Keep a value the spec does not list, as a member of its own named by its value."""
        # Anything but a string is still an error.
        if not isinstance(value, str):
            return None
        # A str of this type: equal to the string HeyGen sent, and typed as this enum.
        member = str.__new__(cls, value)
        # Its name, repr and .value all read as HeyGen sent it.
        member._name_ = member._value_ = value
        # One member per value, kept as Enum keeps Flag's pseudo-members.
        found = cls._value2member_map_.setdefault(value, member)
        return (
            found if isinstance(found, cls) else member
        )  # (the map is typed as any Enum)
