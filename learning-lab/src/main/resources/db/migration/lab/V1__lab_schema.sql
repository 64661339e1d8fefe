-- The lab module keeps its tables in a schema of its own.
create schema if not exists lab;
