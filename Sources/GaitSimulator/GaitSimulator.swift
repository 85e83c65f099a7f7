import RetroGait
