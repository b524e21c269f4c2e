-- Change notifications for the caches of running processes (lib/change-feed.ts): after each statement that
-- changes one of these tables, NOTIFY kb_change with the table's name. PostgreSQL delivers it on commit, and
-- once per transaction for the same table.
CREATE FUNCTION kb_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kb_change', TG_TABLE_NAME);
  RETURN NULL;
END $$;

CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ApiToken" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OnlineService" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceCoUser" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Revision" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Incident" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
CREATE TRIGGER kb_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncidentRegion" FOR EACH STATEMENT EXECUTE FUNCTION kb_notify_change();
