"""What a permission audit found: typed, serializable (the first finished report of a run is
stored and re-sent as is), and summarized as id sets so the next audit can say what changed."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from storage.permission_audit import AuditSummary

# The findings compared from one audit to the next, in the order they are shown.
CATEGORIES = ("contact", "admins", "approvers", "departed", "disabled", "unfinished", "self_decided")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Person(_Frozen):
    userid: str
    name: str = ""
    department: str = ""
    status: str = ""  # active, disabled, inactive, departed; "" when the directory does not know them


class Leftover(_Frozen):
    """A member who left (or was disabled) but still owns customers or customer groups."""

    userid: str
    name: str = ""
    department: str = ""
    customers: int = 0
    groups: int = 0
    since: float | None = None  # departure time, when known


class JobLine(_Frozen):
    id: str
    state: str
    requester: str
    handover: str
    takeover: str
    since: float  # when it entered its current state
    decided_by: str = ""
    approvals: list[str] = Field(default_factory=list)


class Change(_Frozen):
    category: str
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)


class Findings(_Frozen):
    at: float
    contact: list[Person] = Field(default_factory=list)
    admins: list[Person] = Field(default_factory=list)
    approvers: list[Person] = Field(default_factory=list)
    departed: list[Leftover] = Field(default_factory=list)
    disabled: list[Leftover] = Field(default_factory=list)
    unfinished: list[JobLine] = Field(default_factory=list)
    self_decided: list[JobLine] = Field(default_factory=list)
    previous_at: float | None = None  # the last audit's time; None: this is the first
    changes: list[Change] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # what could not be read (kept visible, not hidden)

    def ids(self) -> dict[str, list[str]]:
        rows: dict[str, list[Person] | list[Leftover] | list[JobLine]] = {
            "contact": self.contact, "admins": self.admins, "approvers": self.approvers,
            "departed": self.departed, "disabled": self.disabled,
            "unfinished": self.unfinished, "self_decided": self.self_decided,
        }
        return {name: sorted(str(getattr(r, "userid", None) or getattr(r, "id", "")) for r in rows[name])
                for name in CATEGORIES}

    def summary(self) -> AuditSummary:
        return AuditSummary(at=self.at, findings=self.ids())

    def compared_with(self, previous: AuditSummary | None) -> Findings:
        """These findings with the changes since ``previous`` filled in."""
        if previous is None:
            return self.model_copy(update={"previous_at": None, "changes": []})
        now = self.ids()
        changes = []
        for name in CATEGORIES:
            before, after = set(previous.findings.get(name, [])), set(now[name])
            if before != after:
                changes.append(Change(category=name, added=sorted(after - before), removed=sorted(before - after)))
        return self.model_copy(update={"previous_at": previous.at, "changes": changes})
