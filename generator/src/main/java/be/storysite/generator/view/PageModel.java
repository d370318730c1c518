package be.storysite.generator.view;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One page's data model: the values every page of its language shares, under the page's own ones. Reading a
 * name looks in the page's own values first; nothing is copied per page, which matters on a site of thousands of
 * pages. Writing puts a value of the page's own.
 *
 * <pre>{@code
 * Map<String, Object> model = new PageModel(sharedOfLanguage);
 * model.put("page", pageInfo);
 * model.get("msg");   // the language's UI strings, from the shared values
 * }</pre>
 */
final class PageModel extends AbstractMap<String, Object> {

    private final Map<String, Object> shared;
    private final Map<String, Object> own = new HashMap<>(16);

    PageModel(Map<String, Object> shared) {
        this.shared = shared;
    }

    @Override
    public Object get(Object key) {
        Object value = own.get(key);
        return value != null || own.containsKey(key) ? value : shared.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return own.containsKey(key) || shared.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        return own.put(key, value);
    }

    /** Walking all of it (rare: a template that lists the data model) merges the two. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new HashMap<>(shared);
        all.putAll(own);
        return all.entrySet();
    }
}
