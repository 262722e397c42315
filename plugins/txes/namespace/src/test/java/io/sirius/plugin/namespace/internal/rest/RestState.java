package io.sirius.plugin.namespace.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.cache.NamespaceDelta;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state the route tests read, written the way the observers write it (rows and indexes):
 * <ul>
 * <li>{@code alpha} (the owner's, [10, 110), once renewed) aliasing {@link #MOSAIC}, with {@code alpha.beta} aliasing
 * {@link #TARGET} and {@code alpha.beta.gamma} without alias;</li>
 * <li>{@code zeta} (OTHER's) aliasing {@link #TARGET};</li>
 * <li>{@code old} (the owner's, expired) aliasing {@link #MOSAIC}.</li>
 * </ul>
 */
final class RestState {
    /** A mosaic two namespaces alias. */
    static final MosaicId MOSAIC = new MosaicId(0x36CC4F72E42A81D3L);
    /** An address two namespaces alias. */
    static final Address TARGET = Fixtures.address(Fixtures.THIRD);
    /** zeta's id. */
    static final NamespaceId ZETA = NamespaceIds.root("zeta");
    /** old's id. */
    static final NamespaceId OLD = NamespaceIds.root("old");

    private RestState() {
    }

    /** @return the state */
    static InMemoryState build() {
        InMemoryState state = Fixtures.state();
        NamespaceDelta delta = NamespaceDelta.of(state);
        RootNamespace alpha = Fixtures.withAlphaTree(state);
        delta.put(alpha.withTerm(alpha.currentTerm()));
        link(delta, Fixtures.ALPHA, NamespaceAlias.of(MOSAIC));
        link(delta, Fixtures.BETA, NamespaceAlias.of(TARGET));
        delta.put(Fixtures.root("zeta", Fixtures.OTHER, 20, 120));
        delta.addOwned(Fixtures.OTHER, Fixtures.address(Fixtures.OTHER), ZETA);
        link(delta, ZETA, NamespaceAlias.of(TARGET));
        delta.put(Fixtures.root("old", Fixtures.OWNER, 1, 5).withExpired(true));
        delta.addOwned(Fixtures.OWNER, Fixtures.address(Fixtures.OWNER), OLD);
        link(delta, OLD, NamespaceAlias.of(MOSAIC));
        return state;
    }

    /**
     * @param response a 200 response listing namespaces
     * @return their {@code meta.id}s, in order
     */
    static List<String> ids(RouteResponse response) {
        assertEquals(200, response.status());
        List<String> ids = new ArrayList<>();
        for (Object item : (List<?>) response.body()) {
            ids.add((String) ((Map<?, ?>) ((Map<?, ?>) item).get("meta")).get("id"));
        }
        return ids;
    }

    private static void link(NamespaceDelta delta, NamespaceId id, NamespaceAlias alias) {
        delta.setAlias(id, alias);
        delta.indexAlias(alias, id);
    }
}
