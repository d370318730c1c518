package be.storysite.generator.config;

/**
 * The URL words of one language, from {@code site.yaml}, so that no section name is written in Java:
 * Dutch {@code /klantverhalen/sector/welzijn/}, French {@code /fr/temoignages/secteur/bien-etre/}.
 *
 * @param stories the story section, e.g. {@code klantverhalen}
 * @param services the service section, e.g. {@code diensten}
 * @param page the pagination word, e.g. {@code pagina} in {@code /klantverhalen/pagina/2/}
 * @param sector the sector filter, e.g. {@code sector}
 * @param service the by-service filter, e.g. {@code dienst}
 * @param region the region filter, e.g. {@code regio}
 * @param tag the tag pages, e.g. {@code tag}
 */
public record Sections(String stories, String services, String page, String sector, String service, String region,
        String tag) {
}
