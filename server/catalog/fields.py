"""Custom fields: a category's field definitions and the values its products and lots fill in.

Values live in each record's `custom` JSON, keyed by the definition's `key`. What happens to them
when a category's definitions change (so that no change silently breaks what is stored):

- Removing a definition always succeeds. Values stored under its key stay in the records' JSON
  untouched, but are no longer validated, returned or accepted; defining the same key again
  brings them back (after the check below).
- Changing a field's type or choices (or defining a key that records still hold values for) is
  refused with CUSTOM_FIELD_IN_USE when a stored value of that key would not be valid under the
  new definition; the error names the field and one offending value.
- Adding a required field, or making a field required, changes nothing stored: existing records
  are asked for the value the next time they are saved.
- Moving a field to the other scope (product <-> lot) leaves the old scope's values as above for
  a removed field; the new scope's stored values are checked like a type change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from server.catalog.models import FIELD_SCOPES, FIELD_TYPES
from server.core.errors import DomainError, Reason

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
NUMBER_RE = re.compile(r"^[+-]?\d{1,18}(\.\d{1,12})?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TRUE, FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})
MAX_FIELDS = 50
MAX_LABEL = 50
MAX_CHOICES = 100
MAX_CHOICE_LEN = 100
MAX_TEXT = 500


@dataclass(frozen=True)
class FieldDef:
    """One custom field of a category."""

    key: str
    label: str
    type: str
    shown: bool = True
    required: bool = False
    scope: str = "product"
    choices: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "type": self.type, "shown": self.shown,
                "required": self.required, "scope": self.scope, "choices": list(self.choices)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldDef:
        return cls(key=data["key"], label=data["label"], type=data["type"],
                   shown=bool(data.get("shown", True)), required=bool(data.get("required")),
                   scope=data.get("scope", "product"), choices=tuple(data.get("choices", ())))


def load(stored: Iterable[Mapping[str, Any]]) -> list[FieldDef]:
    """Definitions from a category's JSON column."""
    return [FieldDef.from_json(d) for d in stored]


def of_scope(defs: Iterable[FieldDef], scope: str) -> list[FieldDef]:
    return [d for d in defs if d.scope == scope]


def _definition_error(name: str, detail: str) -> DomainError:
    """CUSTOM_FIELD_INVALID about a definition: field 'fields' for forms, its name for people."""
    err = DomainError(Reason.CUSTOM_FIELD_INVALID, field="fields", detail=detail)
    err.params["field"] = name
    return err


def value_error(d: FieldDef, detail: str) -> DomainError:
    """CUSTOM_FIELD_INVALID about a value: field 'custom.<key>' for forms, the label for people."""
    err = DomainError(Reason.CUSTOM_FIELD_INVALID, field=f"custom.{d.key}", detail=detail)
    err.params["field"] = d.label
    err.params["key"] = d.key
    return err


def check_definitions(defs: Iterable[FieldDef]) -> list[FieldDef]:
    """Validated, trimmed definitions; choices are kept only for choice fields."""
    out: list[FieldDef] = []
    seen: set[str] = set()
    for raw in defs:
        key = raw.key.strip()
        name = raw.label.strip() or key or f"#{len(out) + 1}"
        if not KEY_RE.match(key):
            raise _definition_error(name, "key: a-z, 0-9 and _, starting with a letter, at most "
                                          "40 / 键名须以小写字母开头，仅含 a-z、0-9、_，最多 40 位")
        if key in seen:
            raise _definition_error(name, f"key “{key}” used twice / 键名“{key}”重复")
        seen.add(key)
        label = raw.label.strip()
        if not label:
            raise _definition_error(name, "label required / 请填写显示名称")
        if len(label) > MAX_LABEL:
            raise _definition_error(name, f"label at most {MAX_LABEL} characters / "
                                          f"显示名称最多 {MAX_LABEL} 个字符")
        if raw.type not in FIELD_TYPES:
            raise _definition_error(name, "type required / 请选择字段类型")
        if raw.scope not in FIELD_SCOPES:
            raise _definition_error(name, "scope required: product or lot / 请选择填写于产品或批次")
        choices: tuple[str, ...] = ()
        if raw.type == "choice":
            choices = tuple(c.strip() for c in raw.choices)
            if not choices or any(not c for c in choices):
                raise _definition_error(name, "a choice field needs non-empty choices / "
                                              "选项字段须有非空选项")
            if len(set(choices)) != len(choices):
                raise _definition_error(name, "choices repeat / 选项重复")
            if len(choices) > MAX_CHOICES or any(len(c) > MAX_CHOICE_LEN for c in choices):
                raise _definition_error(name, f"at most {MAX_CHOICES} choices of "
                                              f"{MAX_CHOICE_LEN} characters / 选项过多或过长")
        out.append(FieldDef(key, label, raw.type, raw.shown, raw.required, raw.scope, choices))
    if len(out) > MAX_FIELDS:
        raise _definition_error(out[-1].label, f"at most {MAX_FIELDS} fields / "
                                               f"最多 {MAX_FIELDS} 个字段")
    return out


def normalise(d: FieldDef, raw: str) -> str:
    """The stored form of a non-empty value for this field; ValueError(detail) when invalid."""
    value = raw.strip()
    if d.type == "text":
        if len(value) > MAX_TEXT:
            raise ValueError(f"at most {MAX_TEXT} characters / 最多 {MAX_TEXT} 个字符")
        return value
    if d.type == "number":
        if not NUMBER_RE.match(value):
            raise ValueError("a number such as 12 or 0.85 / 应为数字，如 12 或 0.85")
        return value.lstrip("+")
    if d.type == "date":
        try:
            if not DATE_RE.match(value):
                raise ValueError(value)
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError("a date YYYY-MM-DD / 应为日期 YYYY-MM-DD") from None
    if d.type == "boolean":
        lowered = value.lower()
        if lowered in TRUE:
            return "true"
        if lowered in FALSE:
            return "false"
        raise ValueError("true or false / 应为 true 或 false")
    if value not in d.choices:
        raise ValueError(f"one of: {'、'.join(d.choices)} / 应为以下之一：{'、'.join(d.choices)}")
    return value


def check_values(defs: Iterable[FieldDef], scope: str, given: Mapping[str, str],
                 stored: Mapping[str, str] | None = None) -> dict[str, str]:
    """The record's new custom JSON: given values checked, undefined keys' stored values kept."""
    scoped = {d.key: d for d in of_scope(defs, scope)}
    out = {k: v for k, v in (stored or {}).items() if k not in scoped}
    for key, raw in given.items():
        d = scoped.get(key)
        if d is None:
            where = "产品" if scope == "product" else "批次"
            raise value_error(FieldDef(key=key, label=key, type="text"),
                              f"not a {scope} field of this category / 该分类没有此{where}字段")
        if raw.strip():
            try:
                out[key] = normalise(d, raw)
            except ValueError as exc:
                raise value_error(d, str(exc)) from None
    for d in scoped.values():
        if d.required and d.key not in out:
            raise value_error(d, "required / 必填")
    return out


def visible(defs: Iterable[FieldDef], scope: str, stored: Mapping[str, str]) -> dict[str, str]:
    """The values a client sees: those of keys the scope currently defines."""
    keys = {d.key for d in of_scope(defs, scope)}
    return {k: v for k, v in stored.items() if k in keys}


def needs_recheck(old: Iterable[FieldDef], new: Iterable[FieldDef]) -> list[FieldDef]:
    """New definitions whose stored values might not fit: new keys, changed type/choices/scope."""
    before = {(d.key, d.scope): d for d in old}
    out = []
    for d in new:
        if d.type == "text":
            continue  # every stored value passed a check at least as strict as text's
        prev = before.get((d.key, d.scope))
        if prev is None or prev.type != d.type or (
                d.type == "choice" and not set(prev.choices) <= set(d.choices)):
            out.append(d)
    return out
