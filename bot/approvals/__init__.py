"""Handover approval: filing jobs, approve/reject cards, expiry, and the job commands' wording.

- ``HandoverFiler`` (filing.py): ``plan``/``file`` for the handover conversation (service ``filer``).
- ``ApprovalDesk`` (desk.py): cards, clicks, freezing, notices, cancel/stop (service ``approvals``).
- ``timer_handlers`` (expiry.py): job_expiry, approval_reminder, approval_reject_notice.
- ``ApprovalsFeature`` (feature.py): wires the above into the app.
"""
