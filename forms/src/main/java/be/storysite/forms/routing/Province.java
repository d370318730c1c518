package be.storysite.forms.routing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ten Belgian provinces and the Brussels-Capital Region, with the official bpost postcode ranges.
 *
 * <pre>{@code
 * Province.ofPostcode(3000);      // Optional[VLAAMS_BRABANT] (Leuven)
 * Province.ofPostcode(6700);      // Optional[LUXEMBURG] (Arlon)
 * Province.parse("Liège");        // Optional[LUIK]: ids and names in nl, fr, en are accepted
 * }</pre>
 */
public enum Province {
    BRUSSEL("brussel", "Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale", "Brussels-Capital Region",
            1000, 1299),
    WAALS_BRABANT("waals-brabant", "Waals-Brabant", "Brabant wallon", "Walloon Brabant", 1300, 1499),
    VLAAMS_BRABANT("vlaams-brabant", "Vlaams-Brabant", "Brabant flamand", "Flemish Brabant", 1500, 1999, 3000, 3499),
    ANTWERPEN("antwerpen", "Antwerpen", "Anvers", "Antwerp", 2000, 2999),
    LIMBURG("limburg", "Limburg", "Limbourg", "Limburg", 3500, 3999),
    LUIK("luik", "Luik", "Liège", "Liège", 4000, 4999),
    NAMEN("namen", "Namen", "Namur", "Namur", 5000, 5999),
    HENEGOUWEN("henegouwen", "Henegouwen", "Hainaut", "Hainaut", 6000, 6599, 7000, 7999),
    LUXEMBURG("luxemburg", "Luxemburg", "Luxembourg", "Luxembourg", 6600, 6999),
    WEST_VLAANDEREN("west-vlaanderen", "West-Vlaanderen", "Flandre-Occidentale", "West Flanders", 8000, 8999),
    OOST_VLAANDEREN("oost-vlaanderen", "Oost-Vlaanderen", "Flandre-Orientale", "East Flanders", 9000, 9999);

    /**
     * Every id and name, normalised, to its province; made once, because the build looks up the region of every
     * story page (normalising all 44 names at each lookup was 1-2 % of a build's CPU). Never changed afterwards.
     */
    private static final Map<String, Province> BY_NAME = byName();

    private final String id;
    private final Map<String, String> names;
    private final int[] ranges;

    Province(String id, String nl, String fr, String en, int... ranges) {
        this.id = id;
        this.names = Map.of("nl", nl, "fr", fr, "en", en);
        this.ranges = ranges;
    }

    /** The id written in {@code routing.yaml}, e.g. {@code oost-vlaanderen}. */
    public String id() {
        return id;
    }

    /** The name in {@code lang} (nl, fr, en), Dutch for other languages. */
    public String displayName(String lang) {
        return names.getOrDefault(lang, names.get("nl"));
    }

    /** Whether the postcode lies in this province. */
    public boolean contains(int postcode) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (postcode >= ranges[i] && postcode <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The province of a Belgian postcode; empty outside 1000-9999. */
    public static Optional<Province> ofPostcode(int postcode) {
        return Arrays.stream(values()).filter(p -> p.contains(postcode)).findFirst();
    }

    /** The province written as its id or as its name in nl, fr or en (case, accents and hyphens ignored). */
    public static Optional<Province> parse(String text) {
        return Optional.ofNullable(BY_NAME.get(Names.normalise(text)));
    }

    /** The lookup of {@link #parse}; the first province in declaration order wins a name two share. */
    private static Map<String, Province> byName() {
        Map<String, Province> byName = new HashMap<>();
        for (Province p : values()) {
            byName.putIfAbsent(Names.normalise(p.id), p);
            for (String lang : List.of("nl", "fr", "en")) {
                byName.putIfAbsent(Names.normalise(p.names.get(lang)), p);
            }
        }
        return Map.copyOf(byName);
    }

    /** The ids, for "use one of" hints. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Province::id).toList();
    }
}
