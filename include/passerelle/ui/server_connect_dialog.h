#pragma once
// Issue 15: Fichier › Se connecter à un serveur… (stub registered by the lead).
