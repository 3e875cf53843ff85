namespace EventDesk.Nlp;
// Component: see docs/architecture.md
