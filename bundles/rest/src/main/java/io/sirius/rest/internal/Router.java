package io.sirius.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route for a method and path: among matching routes, the one with the most literal segments (so
 * {@code /transactions/confirmed/{id}} beats {@code /transactions/{group}/{id}}), core routes before plugin ones.
 */
final class Router {

    private Router() {
    }

    /** A matched route and its path parameters. */
    record Match(Route route, Map<String, String> parameters) {
    }

    /**
     * @param routes the routes
     * @param method the request method
     * @param path the request path
     * @return the match; empty if no route has that path; a match with a null route if the path exists with other
     *     methods only
     */
    static Optional<Match> find(List<Route> routes, String method, String path) {
        Match best = null;
        boolean pathKnown = false;
        for (Route route : routes.stream().sorted(Comparator.comparingInt((Route r) -> -r.pattern().specificity())).toList()) {
            Optional<Map<String, String>> parameters = route.pattern().match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                best = new Match(route, parameters.get());
                break;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return pathKnown ? Optional.of(new Match(null, Map.of())) : Optional.empty();
    }
}
