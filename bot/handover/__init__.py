"""The handover conversation: request → people resolved (asking when ambiguous) → preview → filed.

- ``prepare_handover`` / ``Blocked`` (prepare.py): blockers and counts → a ``HandoverRequest``;
  reused by the checklist's one-tap handover.
- ``Conversation`` (conversation.py): the dialog steps, driven by handlers/handover.py.
- ``find_person`` (people.py), ``filed_preview`` (preview.py), ``ContactCounter`` (counting.py).
- ``HandoverFeature`` (feature.py): ``handover_links`` to the filer and the engine's transfers.
"""
