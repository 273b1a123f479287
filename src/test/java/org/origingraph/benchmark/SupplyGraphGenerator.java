package org.origingraph.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origingraph.benchmark.SupplyNetwork.Batch;
import org.origingraph.benchmark.SupplyNetwork.Certificate;
import org.origingraph.benchmark.SupplyNetwork.Facility;
import org.origingraph.benchmark.SupplyNetwork.Input;
import org.origingraph.benchmark.SupplyNetwork.Item;
import org.origingraph.benchmark.SupplyNetwork.Organization;
import org.origingraph.benchmark.SupplyNetwork.Product;
import org.origingraph.benchmark.SupplyNetwork.Shipment;
import org.origingraph.gs1.CheckDigit;

/**
 * Generates the supply networks of a {@link SupplyGraphSpec}, deterministically: every value is a
 * hash of (seed, network, tier, position), never a draw from a shared random sequence, so network
 * {@code n} is the same whether 2 or 2,000 networks are generated and whichever order they are
 * generated in, and another network's raw material can be referred to without generating it.
 *
 * <p>Tiers are 20 days apart, so every input is produced before the batch made from it and every
 * shipment arrives (road 4–30 h, air 10–30 h, sea 5–12 days) before its contents are consumed. Each
 * facility produces at most four batches of one tier; an input travels from its facility to its
 * consumer's in one shipment per (origin, destination) pair, and tier 0 is shipped to an export
 * market. GTINs, GLNs and SSCCs carry valid GS1 check digits. Stateless apart from the spec;
 * thread-safe.
 */
final class SupplyGraphGenerator {

  private static final OffsetDateTime BASE = OffsetDateTime.parse("2026-06-01T08:00:00+07:00");
  private static final Duration TIER_GAP = Duration.ofDays(20);
  private static final int BATCHES_PER_FACILITY = 4;
  private static final int FACILITIES_PER_ORGANIZATION = 4;

  private static final String[] SOURCING = {"VN", "VN", "VN", "VN", "VN", "TH", "AU", "IN", "ID", "CN", "BR", "FR"};
  private static final String[] MARKETS = {"JP", "KR", "US", "FR", "SA", "AU", "CN", "DE"};
  private static final Map<String, String[]> REGIONS = Map.ofEntries(
      Map.entry("VN", new String[] {"Bến Tre", "Tây Ninh", "Đồng Nai", "Lâm Đồng", "Cần Thơ", "Đắk Lắk"}),
      Map.entry("TH", new String[] {"Chiang Mai", "Rayong", "Khon Kaen"}),
      Map.entry("AU", new String[] {"Victoria", "Queensland", "New South Wales"}),
      Map.entry("IN", new String[] {"Kerala", "Punjab"}),
      Map.entry("ID", new String[] {"Sumatra", "Java"}),
      Map.entry("CN", new String[] {"Guangdong", "Yunnan", "Shandong"}),
      Map.entry("BR", new String[] {"São Paulo", "Minas Gerais"}),
      Map.entry("FR", new String[] {"Bretagne", "Normandie"}),
      Map.entry("JP", new String[] {"Osaka", "Tokyo"}),
      Map.entry("KR", new String[] {"Busan", "Incheon"}),
      Map.entry("US", new String[] {"California", "Washington"}),
      Map.entry("SA", new String[] {"Riyadh", "Makkah"}),
      Map.entry("DE", new String[] {"Hamburg", "Bayern"}));
  private static final Map<String, double[]> CENTRES = Map.ofEntries(
      Map.entry("VN", new double[] {10.8, 106.6}), Map.entry("TH", new double[] {13.7, 100.5}),
      Map.entry("AU", new double[] {-33.9, 151.2}), Map.entry("IN", new double[] {10.0, 76.3}),
      Map.entry("ID", new double[] {-6.2, 106.8}), Map.entry("CN", new double[] {23.1, 113.3}),
      Map.entry("BR", new double[] {-23.5, -46.6}), Map.entry("FR", new double[] {48.1, -1.7}),
      Map.entry("JP", new double[] {34.7, 135.5}), Map.entry("KR", new double[] {35.1, 129.0}),
      Map.entry("US", new double[] {37.8, -122.3}), Map.entry("SA", new double[] {24.7, 46.7}),
      Map.entry("DE", new double[] {53.6, 10.0}));
  private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
      Map.entry("VN", ZoneOffset.ofHours(7)), Map.entry("TH", ZoneOffset.ofHours(7)),
      Map.entry("AU", ZoneOffset.ofHours(10)), Map.entry("IN", ZoneOffset.ofHoursMinutes(5, 30)),
      Map.entry("ID", ZoneOffset.ofHours(7)), Map.entry("CN", ZoneOffset.ofHours(8)),
      Map.entry("BR", ZoneOffset.ofHours(-3)), Map.entry("FR", ZoneOffset.ofHours(2)),
      Map.entry("JP", ZoneOffset.ofHours(9)), Map.entry("KR", ZoneOffset.ofHours(9)),
      Map.entry("US", ZoneOffset.ofHours(-7)), Map.entry("SA", ZoneOffset.ofHours(3)),
      Map.entry("DE", ZoneOffset.ofHours(2)));
  private static final String[] GROUPS = {"BEER", "ALCOHOLIC_DRINKS", "SOFT_DRINKS", "PROCESSED_MILK",
      "VEGETABLE_OIL", "FLOUR_AND_STARCH", "CONFECTIONERY", "FOOD_PACKAGING"};
  private static final String[] COMMODITIES = {"Dừa tươi", "Mía", "Đường thô", "Đường tinh luyện", "Mạch nha",
      "Sữa tươi", "Bột gạo", "Dầu dừa", "Cơm sầu riêng", "Lá dứa", "Bánh tráng", "Màng in", "Kẹo dừa"};
  private static final String[] CARRIERS = {"Đội xe HTX Đông Hưng Xanh", "Gemadept Logistics", "Maersk",
      "ONE", "Vietnam Airlines Cargo", "Tân Cảng Logistics"};

  private final SupplyGraphSpec spec;
  private final int[] facilityOffset;
  private final int marketFacility;

  SupplyGraphGenerator(SupplyGraphSpec spec) {
    this.spec = spec;
    this.facilityOffset = new int[spec.tiers() + 1];
    for (int t = 0; t < spec.tiers(); t++) {
      facilityOffset[t + 1] = facilityOffset[t] + ceilDiv(spec.widths().get(t), BATCHES_PER_FACILITY);
    }
    this.marketFacility = facilityOffset[spec.tiers()];
  }

  SupplyGraphSpec spec() {
    return spec;
  }

  /** Network {@code n}, 0 ≤ n < spec.networks(). */
  SupplyNetwork network(int n) {
    int tiers = spec.tiers();
    List<Organization> organizations = new ArrayList<>();
    int organizationCount = ceilDiv(marketFacility, FACILITIES_PER_ORGANIZATION) + 1;
    for (int k = 0; k < organizationCount; k++) {
      organizations.add(new Organization(organizationGln(n, k), "Công ty " + n + "-" + k, organizationCountry(n, k),
          k == organizationCount - 1 ? List.of("IMPORTER", "RETAILER") : List.of("PROCESSOR", "EXPORTER"),
          "Locality " + k));
    }
    List<Facility> facilities = new ArrayList<>();
    for (int t = 0; t < tiers; t++) {
      for (int f = facilityOffset[t]; f < facilityOffset[t + 1]; f++) {
        facilities.add(facility(n, f, t));
      }
    }
    facilities.add(facility(n, marketFacility, -1));

    List<Product> products = new ArrayList<>();
    String group = GROUPS[(int) (hash(n, 0, 0, 1) % GROUPS.length)];
    for (int t = 0; t < tiers; t++) {
      String owner = organizationGln(n, facilityOffset[t] / FACILITIES_PER_ORGANIZATION);
      String commodity = COMMODITIES[(int) (hash(n, t, 0, 2) % COMMODITIES.length)];
      products.add(new Product(gtin(n, t), commodity + " – tầng " + t + " (mạng " + n + ")", "Brand " + n, group,
          organizationCountry(n, facilityOffset[t] / FACILITIES_PER_ORGANIZATION), 30 + (int) (hash(n, t, 0, 3) % 690),
          owner));
    }

    List<Batch> batches = new ArrayList<>();
    for (int t = 0; t < tiers; t++) {
      for (int i = 0; i < spec.widths().get(t); i++) {
        batches.add(batch(n, t, i));
      }
    }

    List<Input> inputs = new ArrayList<>();
    List<Input> crossInputs = new ArrayList<>();
    // (origin facility, destination facility) -> shipped items, in generation order
    Map<String, Map<String, Item>> legs = new LinkedHashMap<>();
    Map<String, Map<String, Item>> crossLegs = new LinkedHashMap<>();
    for (int t = 0; t + 1 < tiers; t++) {
      for (int i = 0; i < spec.widths().get(t); i++) {
        Batch consumer = batch(n, t, i);
        List<Integer> own = inputPositions(n, t, i);
        for (int position : own) {
          Batch input = batch(n, t + 1, position);
          addInput(consumer, input, own.size(), inputs, legs);
        }
        if (t + 2 == tiers && n + 1 < spec.networks() && unit(n, t, i, 4) < spec.crossNetworkShare()) {
          Batch input = batch(n + 1, t + 1, i % spec.widths().get(t + 1));
          addInput(consumer, input, own.size() + 1, crossInputs, crossLegs);
        }
      }
    }
    int[] sequence = {0};
    List<Shipment> shipments = new ArrayList<>();
    legs.forEach((leg, items) -> shipments.add(shipment(n, sequence[0]++, leg, items)));
    Map<String, Item> exported = new LinkedHashMap<>();
    for (int i = 0; i < spec.widths().getFirst(); i++) {
      Batch finished = batch(n, 0, i);
      exported.put(finished.lot(), new Item(finished.gtin(), finished.lot(), finished.quantity(), finished.uom()));
    }
    shipments.add(shipment(n, sequence[0]++, facilityGln(n, 0) + "|" + facilityGln(n, marketFacility), exported));
    List<Shipment> crossShipments = new ArrayList<>();
    crossLegs.forEach((leg, items) -> crossShipments.add(shipment(n, sequence[0]++, leg, items)));

    return new SupplyNetwork(n, organizations, facilities, products, batches, inputs, shipments,
        certificates(n, facilities, organizations, batches), crossInputs, crossShipments);
  }

  /** What a walk upstream from one batch of network 0 must find. */
  record Reach(String gtin, String lot, int tiers, int batches, int shipments) {}

  /**
   * Walks network 0 (and the raw materials it takes from network 1) upstream from batch (t, i), as the
   * provenance query would, to say what the answer must hold: the benchmark checks both the raw
   * statement and the GraphQL answer against it before measuring.
   */
  Reach reach(int t, int i) {
    List<SupplyNetwork> networks = spec.networks() > 1 ? List.of(network(0), network(1)) : List.of(network(0));
    Map<String, List<String>> inputsOf = new HashMap<>();
    for (SupplyNetwork network : networks) {
      for (Input input : network.inputs()) {
        inputsOf.computeIfAbsent(input.lot(), k -> new ArrayList<>()).add(input.inputLot());
      }
      for (Input input : network.crossInputs()) {
        inputsOf.computeIfAbsent(input.lot(), k -> new ArrayList<>()).add(input.inputLot());
      }
    }
    // breadth-first, tier by tier: inputs are always one tier below, so the level is the longest chain
    Set<String> reached = new HashSet<>();
    List<String> level = List.of(lot(0, t, i));
    int tiers = 0;
    while (!level.isEmpty()) {
      tiers++;
      reached.addAll(level);
      Set<String> next = new LinkedHashSet<>();
      for (String lot : level) {
        next.addAll(inputsOf.getOrDefault(lot, List.of()));
      }
      next.removeAll(reached);
      level = List.copyOf(next);
    }
    int shipments = 0;
    for (SupplyNetwork network : networks) {
      for (Shipment s : network.shipments()) {
        shipments += s.items().stream().anyMatch(item -> reached.contains(item.lot())) ? 1 : 0;
      }
      for (Shipment s : network.crossShipments()) {
        shipments += s.items().stream().anyMatch(item -> reached.contains(item.lot())) ? 1 : 0;
      }
    }
    return new Reach(gtin(0, t), lot(0, t, i), tiers, reached.size(), shipments);
  }

  /** Positions in tier t + 1 that batch (t, i) of network n is made from, in ascending order. */
  List<Integer> inputPositions(int n, int t, int i) {
    int width = spec.widths().get(t);
    int below = spec.widths().get(t + 1);
    int from = segmentStart(i, width, below);
    int to = segmentStart(i + 1, width, below);
    List<Integer> positions = new ArrayList<>();
    for (int p = from; p < to; p++) {
      positions.add(p);
    }
    if (positions.size() < 2 || unit(n, t, i, 5) < spec.shareProbability()) {
      if (i + 1 < width) {
        positions.add(to); // the right neighbour's first input
      } else if (i > 0 && !positions.contains(from - 1)) {
        positions.addFirst(from - 1); // the left neighbour's last input
      }
    }
    return positions;
  }

  private void addInput(Batch consumer, Batch input, int fanIn, List<Input> inputs, Map<String, Map<String, Item>> legs) {
    double consumed = Math.round(consumer.quantity() * 1.2 / fanIn * 10) / 10.0;
    inputs.add(new Input(consumer.gtin(), consumer.lot(), input.gtin(), input.lot(), consumed, input.uom()));
    legs.computeIfAbsent(input.facilityGln() + "|" + consumer.facilityGln(), leg -> new LinkedHashMap<>())
        .merge(input.gtin() + "|" + input.lot(), new Item(input.gtin(), input.lot(), consumed, input.uom()),
            (a, b) -> new Item(a.gtin(), a.lot(), a.quantity() + b.quantity(), a.uom()));
  }

  Batch batch(int n, int t, int i) {
    int f = facilityOffset[t] + i / BATCHES_PER_FACILITY;
    String country = organizationCountry(n, f / FACILITIES_PER_ORGANIZATION);
    long jitterMinutes = hash(n, t, i, 6) % (48 * 60);
    OffsetDateTime producedAt = BASE.minusHours(n % 60).minus(TIER_GAP.multipliedBy(t)).minusMinutes(jitterMinutes)
        .withOffsetSameInstant(OFFSETS.get(country));
    double quantity = 500 + hash(n, t, i, 7) % 9_500;
    return new Batch(gtin(n, t), lot(n, t, i), producedAt, producedAt.toLocalDate().plusDays(365), quantity, "KGM",
        facilityGln(n, f), t, i);
  }

  private Facility facility(int n, int f, int tier) {
    boolean market = tier < 0;
    String country = market ? MARKETS[(int) (hash(n, 0, 0, 8) % MARKETS.length)]
        : organizationCountry(n, f / FACILITIES_PER_ORGANIZATION);
    String type = market ? "DISTRIBUTION_CENTER"
        : tier == spec.tiers() - 1 ? "FARM"
        : tier == 0 ? "PROCESSING_PLANT"
        : new String[] {"PROCESSING_PLANT", "PACKING_HOUSE", "WAREHOUSE"}[tier % 3];
    String[] regions = REGIONS.get(country);
    double[] centre = CENTRES.get(country);
    String operator = organizationGln(n, market ? ceilDiv(marketFacility, FACILITIES_PER_ORGANIZATION)
        : f / FACILITIES_PER_ORGANIZATION);
    return new Facility(facilityGln(n, f), type.charAt(0) + type.substring(1).toLowerCase().replace('_', ' ')
        + " " + n + "-" + f, type, country, regions[(int) (hash(n, f, 0, 9) % regions.length)],
        centre[0] + (unit(n, f, 0, 10) - 0.5), centre[1] + (unit(n, f, 0, 11) - 0.5), operator, tier);
  }

  private Shipment shipment(int n, int s, String leg, Map<String, Item> items) {
    String from = leg.substring(0, leg.indexOf('|'));
    String to = leg.substring(leg.indexOf('|') + 1);
    OffsetDateTime ready = null;
    for (Item item : items.values()) {
      OffsetDateTime producedAt = producedAtOf(item);
      ready = ready == null || producedAt.isAfter(ready) ? producedAt : ready;
    }
    boolean border = !countryOfFacility(from).equals(countryOfFacility(to));
    double pick = unit(n, s, 0, 12);
    String mode = !border ? "ROAD" : pick < 0.15 ? "AIR" : "SEA";
    long transitHours = switch (mode) {
      case "ROAD" -> 4 + (long) (pick * 26);
      case "AIR" -> 10 + (long) (pick * 20 / 0.15);
      default -> 24 * 5 + (long) ((pick - 0.15) / 0.85 * 24 * 7);
    };
    OffsetDateTime departedAt = ready.plusHours(12 + hash(n, s, 0, 13) % 24)
        .withOffsetSameInstant(OFFSETS.get(countryOfFacility(from)));
    OffsetDateTime arrivedAt = departedAt.plusHours(transitHours).withOffsetSameInstant(OFFSETS.get(countryOfFacility(to)));
    String sscc = CheckDigit.append("3" + "8933" + pad(n * 100_000L + s, 12));
    return new Shipment("SHP-" + n + "-" + s, sscc, from, to, departedAt, arrivedAt,
        CARRIERS[(int) (hash(n, s, 0, 14) % CARRIERS.length)], mode, List.copyOf(items.values()));
  }

  private List<Certificate> certificates(int n, List<Facility> facilities, List<Organization> organizations,
      List<Batch> batches) {
    List<Certificate> certificates = new ArrayList<>();
    for (int index = 0; index < facilities.size(); index++) {
      Facility f = facilities.get(index);
      if (unit(n, index, 0, 15) < 1.0 / 3) {
        String scheme = "FARM".equals(f.type()) ? ("VN".equals(f.country()) ? "VietGAP" : "GLOBALG.A.P.") : "HACCP";
        certificates.add(certificate(n, certificates.size(), scheme, "Facility", f.gln(), null, null));
      }
    }
    for (int k = 0; k < organizations.size(); k += 3) {
      certificates.add(certificate(n, certificates.size(), "ISO 22000", "Organization", organizations.get(k).gln(),
          null, null));
    }
    for (Batch b : batches) {
      if (unit(n, b.tier(), b.position(), 16) < 0.1) {
        certificates.add(certificate(n, certificates.size(), "Halal", "Batch", null, b.gtin(), b.lot()));
      }
    }
    return certificates;
  }

  private Certificate certificate(int n, int c, String scheme, String type, String gln, String gtin, String lot) {
    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(hash(n, c, 0, 17) % 900);
    String number = "BM-" + n + "-" + c;
    return new Certificate(scheme + ":" + number, scheme, number, "Issuer " + (c % 5), from, from.plusYears(3), type,
        gln, gtin, lot);
  }

  private OffsetDateTime producedAtOf(Item item) {
    // lot is "N<network>-T<tier>-<position>"
    String[] parts = item.lot().substring(1).split("-T|-");
    return batch(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])).producedAt();
  }

  private String countryOfFacility(String gln) {
    long number = Long.parseLong(gln.substring(4, 12));
    int n = (int) (number / 10_000);
    int f = (int) (number % 10_000);
    if (f == marketFacility) {
      return MARKETS[(int) (hash(n, 0, 0, 8) % MARKETS.length)];
    }
    return organizationCountry(n, f / FACILITIES_PER_ORGANIZATION);
  }

  private String organizationCountry(int n, int k) {
    if (k == ceilDiv(marketFacility, FACILITIES_PER_ORGANIZATION)) {
      return MARKETS[(int) (hash(n, 0, 0, 8) % MARKETS.length)];
    }
    return k == 0 ? "VN" : SOURCING[(int) (hash(n, k, 0, 18) % SOURCING.length)];
  }

  static String gtin(int n, int t) {
    return CheckDigit.append("08932" + pad(n * 100L + t, 8));
  }

  static String lot(int n, int t, int i) {
    return "N" + n + "-T" + t + "-" + i;
  }

  static String organizationGln(int n, int k) {
    return CheckDigit.append("8930" + pad(n * 10_000L + k, 8));
  }

  static String facilityGln(int n, int f) {
    return CheckDigit.append("8931" + pad(n * 10_000L + f, 8));
  }

  private static int segmentStart(int i, int width, int below) {
    return (int) ((long) i * below / width);
  }

  private static String pad(long value, int digits) {
    String text = Long.toString(value);
    if (text.length() > digits) {
      throw new IllegalArgumentException(value + " does not fit " + digits + " digits");
    }
    return "0".repeat(digits - text.length()) + text;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private double unit(int n, int a, int b, int salt) {
    return (hash(n, a, b, salt) >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64 over the seed and the coordinates: a non-negative, well-mixed, reproducible value. */
  private long hash(int n, int a, int b, int salt) {
    long z = spec.seed() * 0x9E3779B97F4A7C15L;
    for (long part : new long[] {n, a, b, salt}) {
      z += 0x9E3779B97F4A7C15L + part;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
    }
    return z >>> 1;
  }
}
