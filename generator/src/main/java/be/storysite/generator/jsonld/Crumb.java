package be.storysite.generator.jsonld;

/**
 * One step of a page's breadcrumb trail, shown in its {@code <nav>} and written as a {@code ListItem} of its
 * {@code BreadcrumbList}.
 *
 * <pre>{@code
 * new Crumb("Klantverhalen", "/klantverhalen/");
 * }</pre>
 *
 * @param name the text of the link
 * @param url the site path it links to
 */
public record Crumb(String name, String url) {
}
