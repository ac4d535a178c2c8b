"""Offboarding checklists for departing staff (story 4).

- templates.py — the checklist template (shipped default_template.toml, or HANDOVER_CHECKLIST_TEMPLATE)
- service.py — create, tick (text or card), snooze, permissions; reminders.py — the daily series;
  departure.py — close on departure, tell the admins, one-tap handover; cards.py, texts.py, format.py
- feature.py — wiring (services ``checklists``, ``checklist_departures``; timer kinds)
- export.py — ``wecom-handover export --checklist <id|member>``
"""
