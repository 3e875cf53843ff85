namespace EventDesk.Storage;
// Component: see docs/architecture.md
