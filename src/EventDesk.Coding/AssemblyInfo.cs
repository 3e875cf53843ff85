namespace EventDesk.Coding;
// Component: see docs/architecture.md
