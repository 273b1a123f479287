// Constraints and indexes, created at start-up. Every statement is idempotent (IF NOT EXISTS),
// so a restart or a second application instance changes nothing. One statement per ';'.
CREATE CONSTRAINT product_gtin IF NOT EXISTS FOR (p:Product) REQUIRE p.gtin IS UNIQUE;
CREATE CONSTRAINT batch_gtin_lot IF NOT EXISTS FOR (b:Batch) REQUIRE (b.gtin, b.lot) IS UNIQUE;
CREATE CONSTRAINT facility_gln IF NOT EXISTS FOR (f:Facility) REQUIRE f.gln IS UNIQUE;
CREATE CONSTRAINT organization_gln IF NOT EXISTS FOR (o:Organization) REQUIRE o.gln IS UNIQUE;
CREATE CONSTRAINT shipment_id IF NOT EXISTS FOR (s:Shipment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT shipment_sscc IF NOT EXISTS FOR (s:Shipment) REQUIRE s.sscc IS UNIQUE;
CREATE CONSTRAINT certificate_uid IF NOT EXISTS FOR (c:Certificate) REQUIRE c.uid IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.eventId IS UNIQUE;
CREATE INDEX product_group IF NOT EXISTS FOR (p:Product) ON (p.group);
CREATE INDEX product_origin_country IF NOT EXISTS FOR (p:Product) ON (p.originCountry);
CREATE INDEX batch_gtin IF NOT EXISTS FOR (b:Batch) ON (b.gtin);
CREATE INDEX facility_country IF NOT EXISTS FOR (f:Facility) ON (f.country);
CREATE POINT INDEX facility_location IF NOT EXISTS FOR (f:Facility) ON (f.location);
CREATE CONSTRAINT story_uid IF NOT EXISTS FOR (s:Story) REQUIRE s.uid IS UNIQUE;
CREATE CONSTRAINT story_text_uid IF NOT EXISTS FOR (t:StoryText) REQUIRE t.uid IS UNIQUE;
CREATE INDEX story_subject IF NOT EXISTS FOR (s:Story) ON (s.subject);
CREATE CONSTRAINT item_epc IF NOT EXISTS FOR (i:Item) REQUIRE i.epc IS UNIQUE;
CREATE CONSTRAINT capture_job_id IF NOT EXISTS FOR (j:CaptureJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX event_time IF NOT EXISTS FOR (e:Event) ON (e.eventTime);
CREATE INDEX event_biz_location IF NOT EXISTS FOR (e:Event) ON (e.bizLocation);
CREATE INDEX event_read_point IF NOT EXISTS FOR (e:Event) ON (e.readPoint);
CREATE INDEX event_transformation IF NOT EXISTS FOR (e:Event) ON (e.transformationID);
CREATE CONSTRAINT transformation_id IF NOT EXISTS FOR (t:Transformation) REQUIRE t.id IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at);
CREATE CONSTRAINT log_entry_index IF NOT EXISTS FOR (e:LogEntry) REQUIRE e.index IS UNIQUE;
CREATE INDEX log_entry_id IF NOT EXISTS FOR (e:LogEntry) ON (e.id);
CREATE CONSTRAINT log_state_id IF NOT EXISTS FOR (s:LogState) REQUIRE s.id IS UNIQUE;
