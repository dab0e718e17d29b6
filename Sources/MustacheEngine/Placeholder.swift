// Placeholder until the engine moves here.
