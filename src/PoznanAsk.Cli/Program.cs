// Placeholder until the CLI verbs land.
return 0;
