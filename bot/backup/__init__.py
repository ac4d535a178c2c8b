"""The customer backup and the important-customer rule (issue #19, parts 1 and 2).

- ``CustomerBackup`` (runner.py): the nightly / on-demand / first-start full run, resumable, and the
  change events between runs; storage in ``storage/backup.py``.
- ``ImportantRule`` / ``find_important`` (important.py): which customers of a handover carry an
  important tag — live tags for a member still here, the backup for a departed one.
- ``BackupFeature`` (feature.py): services ``customer_backup``, ``backup_store``, ``important``.
- ``wecom-handover backup`` and ``export --customers`` (commands.py).
"""
