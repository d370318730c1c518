package be.storysite.forms.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvinceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1000, BRUSSEL", "1299, BRUSSEL",
        "1300, WAALS_BRABANT", "1499, WAALS_BRABANT",
        "1500, VLAAMS_BRABANT", "1999, VLAAMS_BRABANT", "3000, VLAAMS_BRABANT", "3499, VLAAMS_BRABANT",
        "2000, ANTWERPEN", "2999, ANTWERPEN",
        "3500, LIMBURG", "3999, LIMBURG",
        "4000, LUIK", "4999, LUIK",
        "5000, NAMEN", "5999, NAMEN",
        "6000, HENEGOUWEN", "6599, HENEGOUWEN", "7000, HENEGOUWEN", "7999, HENEGOUWEN",
        "6600, LUXEMBURG", "6999, LUXEMBURG",
        "8000, WEST_VLAANDEREN", "8999, WEST_VLAANDEREN",
        "9000, OOST_VLAANDEREN", "9999, OOST_VLAANDEREN",
    })
    void officialRanges(int postcode, Province province) {
        assertThat(Province.ofPostcode(postcode)).contains(province);
    }

    @Test
    void everyPostcodeHasExactlyOneProvince() {
        for (int postcode = 1000; postcode <= 9999; postcode++) {
            int owners = 0;
            for (Province p : Province.values()) {
                owners += p.contains(postcode) ? 1 : 0;
            }
            assertThat(owners).as("provinces of %d", postcode).isEqualTo(1);
        }
        assertThat(Province.ofPostcode(999)).isEmpty();
        assertThat(Province.ofPostcode(10000)).isEmpty();
    }

    @Test
    void parsesIdsAndNamesInEveryLanguage() {
        assertThat(Province.parse("oost-vlaanderen")).contains(Province.OOST_VLAANDEREN);
        assertThat(Province.parse("Flandre-Orientale")).contains(Province.OOST_VLAANDEREN);
        assertThat(Province.parse("East Flanders")).contains(Province.OOST_VLAANDEREN);
        assertThat(Province.parse("LIEGE")).contains(Province.LUIK);
        assertThat(Province.parse("Vlaanderen")).isEmpty();
    }

    @Test
    void everyIdAndNameParsesBackToItsProvince() {
        for (Province p : Province.values()) {
            assertThat(Province.parse(p.id())).as(p.id()).contains(p);
            for (String lang : java.util.List.of("nl", "fr", "en")) {
                assertThat(Province.parse(" " + p.displayName(lang).toUpperCase(java.util.Locale.ROOT) + " "))
                        .as(p.displayName(lang)).contains(p);
            }
        }
        assertThat(Province.parse(null)).isEmpty();
        assertThat(Province.parse("")).isEmpty();
    }
}
