// Issue 15: `passerelle-cli server init|add-user|list-users|remove-user` (stub registered by the lead).
