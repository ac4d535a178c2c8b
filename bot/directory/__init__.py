"""The company directory: a snapshot of members and departments in Redis, kept fresh by a full
sync and by contact-change events, and name → member resolution over it ("who is Zhang?").

Import from the submodules (``models``, ``resolve``, ``describe``, ``sync``, ``lookup``); this
package module stays empty so that ``storage.directory`` can import the models without a cycle.
"""
