package org.origingraph.epcis.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates EPCIS documents shaped like a Vietnamese candy supply chain, ten events per chain:
 * harvest commissioning with ILMD, shipping and receiving of the harvest (matched by despatch advice),
 * a transformation into candy, packing into an SSCC pallet, a sensor inspection, a purchase-order
 * transaction, storing, and the pallet's export shipping and receiving. Every chain has identifiers of
 * its own, so every event is new; facilities and the sugar lots are shared, as in life.
 */
public final class EventGenerator {

  public static final int EVENTS_PER_CHAIN = 10;
  private static final String CP = "8935999";

  private EventGenerator() {}

  /** A document of {@code chains} chains, numbered from {@code firstChain}. */
  public static String document(int firstChain, int chains) {
    List<String> events = new ArrayList<>();
    for (int c = firstChain; c < firstChain + chains; c++) {
      events.addAll(chain(c));
    }
    return """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"ex": "https://example.com/epcis/"}],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-01T08:00:00Z",
         "epcisBody": {"eventList": [%s]}}""".formatted(String.join(",", events));
  }

  private static List<String> chain(int c) {
    String farm = sgln(10000 + c % 40);
    String factory = sgln(20000 + c % 5);
    String exportHub = sgln(30000 + c % 3);
    String raw = "urn:epc:class:lgtin:" + CP + ".011111.R" + c;
    String sugar = "urn:epc:class:lgtin:" + CP + ".022222.S" + (c / 50);
    String candy = "urn:epc:class:lgtin:" + CP + ".033333.C" + c;
    String sscc = "urn:epc:id:sscc:" + CP + ".0" + "%09d".formatted(c);
    int day = 1 + c % 28;
    String t = "2026-02-%02dT".formatted(day);
    List<String> e = new ArrayList<>();
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s06:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"ADD","epcList":[],
         "quantityList":[{"epcClass":"%s","quantity":1000,"uom":"KGM"}],"bizStep":"commissioning","disposition":"active",
         "readPoint":{"id":"%s"},"bizLocation":{"id":"%s"},
         "ilmd":{"cbvmda:lotNumber":"R%d","cbvmda:itemExpirationDate":"2026-06-30"}}""".formatted(t, raw, farm, farm, c));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s08:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE","epcList":[],
         "quantityList":[{"epcClass":"%s","quantity":800,"uom":"KGM"}],"bizStep":"shipping","disposition":"in_transit",
         "readPoint":{"id":"%s"},"bizTransactionList":[{"type":"desadv","bizTransaction":"urn:epcglobal:cbv:bt:%s0000017:D%d"}],
         "sourceList":[{"type":"location","source":"%s"}],"destinationList":[{"type":"location","destination":"%s"}]}"""
        .formatted(t, raw, farm, CP, c, farm, factory));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s12:30:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE","epcList":[],
         "quantityList":[{"epcClass":"%s","quantity":800,"uom":"KGM"}],"bizStep":"receiving","disposition":"in_progress",
         "bizLocation":{"id":"%s"},"bizTransactionList":[{"type":"desadv","bizTransaction":"urn:epcglobal:cbv:bt:%s0000017:D%d"}]}"""
        .formatted(t, raw, factory, CP, c));
    e.add("""
        {"type":"TransformationEvent","eventTime":"%s15:00:00+07:00","eventTimeZoneOffset":"+07:00",
         "inputQuantityList":[{"epcClass":"%s","quantity":800,"uom":"KGM"},{"epcClass":"%s","quantity":50,"uom":"KGM"}],
         "outputQuantityList":[{"epcClass":"%s","quantity":4000,"uom":"H87"}],"bizStep":"commissioning",
         "disposition":"active","bizLocation":{"id":"%s"},"ilmd":{"cbvmda:bestBeforeDate":"2027-02-28"}}"""
        .formatted(t, raw, sugar, candy, factory));
    e.add("""
        {"type":"AggregationEvent","eventTime":"%s17:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"ADD",
         "parentID":"%s","childEPCs":[],"childQuantityList":[{"epcClass":"%s","quantity":4000,"uom":"H87"}],
         "bizStep":"packing","disposition":"in_progress","bizLocation":{"id":"%s"}}""".formatted(t, sscc, candy, factory));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s17:30:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE","epcList":[],
         "quantityList":[{"epcClass":"%s","quantity":4000,"uom":"H87"}],"bizStep":"inspecting","readPoint":{"id":"%s"},
         "sensorElementList":[{"sensorMetadata":{"time":"%s17:29:00+07:00","deviceID":"urn:epc:id:giai:%s.%d"},
           "sensorReport":[{"type":"Temperature","value":%d.5,"uom":"CEL"},{"type":"RelativeHumidity","value":61,"uom":"P1"}]}]}"""
        .formatted(t, candy, factory, t, CP, c % 7, 20 + c % 6));
    e.add("""
        {"type":"TransactionEvent","eventTime":"%s18:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"ADD",
         "parentID":"%s","epcList":[],"quantityList":[{"epcClass":"%s","quantity":4000,"uom":"H87"}],
         "bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:%s0000017:PO%d"}],
         "bizStep":"holding","bizLocation":{"id":"%s"},"ex:buyer":"Naniwa Foods"}""".formatted(t, sscc, candy, CP, c / 10, factory));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s19:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE",
         "epcList":["%s"],"bizStep":"storing","disposition":"sellable_not_accessible","bizLocation":{"id":"%s"}}"""
        .formatted(t, sscc, factory));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s21:00:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE",
         "epcList":["%s"],"bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"%s"},
         "sourceList":[{"type":"location","source":"%s"}],"destinationList":[{"type":"location","destination":"%s"}]}"""
        .formatted(t, sscc, factory, factory, exportHub));
    e.add("""
        {"type":"ObjectEvent","eventTime":"%s23:45:00+07:00","eventTimeZoneOffset":"+07:00","action":"OBSERVE",
         "epcList":["%s"],"bizStep":"receiving","disposition":"in_progress","bizLocation":{"id":"%s"}}"""
        .formatted(t, sscc, exportHub));
    return e;
  }

  private static String sgln(int location) {
    return "urn:epc:id:sgln:" + CP + "." + "%05d".formatted(location % 100000) + ".0";
  }
}
