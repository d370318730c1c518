package be.storysite.leads.delivery;

import be.storysite.forms.routing.Router;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link ManagerFallback} of the routing configuration ({@code contact-forms/routing.yaml}): the failed
 * manager's first active backup, then the default owner, as {@link Router#afterPermanentFailure} decides.
 *
 * <pre>{@code
 * ManagerFallback fallback = new RouterFallback(new Router(forms.routing()));
 * }</pre>
 */
public final class RouterFallback implements ManagerFallback {

    private final Router router;

    public RouterFallback(Router router) {
        this.router = router;
    }

    @Override
    public Optional<Manager> after(String failedManagerId, Set<String> alreadyTried) {
        return router.afterPermanentFailure(failedManagerId, alreadyTried)
                .map(manager -> new Manager(manager.id(), manager.name(), manager.email()));
    }
}
