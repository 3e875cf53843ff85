namespace EventDesk.Knowledge;
// Component: see docs/architecture.md
