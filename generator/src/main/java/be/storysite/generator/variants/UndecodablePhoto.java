package be.storysite.generator.variants;

import java.io.IOException;

/**
 * A photo whose header was fine but whose data cannot be decoded: the writer's file is damaged. Kept apart from
 * other {@link IOException}s of making variants (an encoder failing, a full disk), which are not the writer's to fix.
 *
 * <pre>{@code
 * try { variants.of(photo); } catch (UndecodablePhoto e) { ... "save it again as JPEG or PNG" ... }
 * }</pre>
 */
public final class UndecodablePhoto extends IOException {

    public UndecodablePhoto(String reason, Throwable cause) {
        super(reason, cause);
    }
}
