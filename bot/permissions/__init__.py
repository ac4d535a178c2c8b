"""The monthly permission audit (issue #20 part 2): who can reach customers, who runs this bot,
who left or was disabled but still owns customers or groups, handovers not finished, approvals
decided by their own requester, and what changed since the last audit — as a chat message with
the counts and an XLSX file with the details, to the HR admins."""
