package be.storysite.generator.config;

import java.util.List;

/**
 * How raw HTML in content is treated: {@code site.yaml}'s {@code markdown} section.
 *
 * <pre>{@code
 * # site.yaml
 * markdown:
 *   raw_html: sanitised        # or: trusted (written as it is, scripts and all)
 *   iframe_hosts: [www.youtube-nocookie.com, player.vimeo.com]
 * }</pre>
 *
 * @param trustRawHtml whether raw HTML is written as it is, unsanitised
 * @param iframeHosts the hosts an {@code <iframe>} may show (over https) once sanitised
 */
public record MarkdownConfig(boolean trustRawHtml, List<String> iframeHosts) {

    /** Video players that set no tracking cookies before the visitor plays. */
    public static final List<String> DEFAULT_IFRAME_HOSTS = List.of("www.youtube-nocookie.com", "player.vimeo.com");

    /** Without a {@code markdown} section: sanitised, videos from {@link #DEFAULT_IFRAME_HOSTS}. */
    public static final MarkdownConfig DEFAULT = new MarkdownConfig(false, DEFAULT_IFRAME_HOSTS);

    public MarkdownConfig {
        iframeHosts = List.copyOf(iframeHosts);
    }
}
