package io.sirius.kernel.internal;

import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.IndexDescriptor;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds what a candidate plugin would take from an accepted one: its name, a transaction type, a result
 * facility, a cache or a REST route. The resolver cannot see these clashes; the kernel must.
 */
final class ConflictCheck {

    private ConflictCheck() {
    }

    /**
     * @param candidate the plugin being added
     * @param accepted the plugins already accepted
     * @return the first clash, as a message naming both plugins and bundles, or empty
     */
    static Optional<String> find(RegisteredPlugin candidate, Collection<RegisteredPlugin> accepted) {
        PluginDeclaration mine = candidate.declaration();
        for (RegisteredPlugin other : accepted) {
            PluginDeclaration theirs = other.declaration();
            Optional<String> what = clash(mine, theirs);
            if (what.isPresent()) {
                return Optional.of("plugin '" + mine.name() + "' from " + candidate.origin().describe()
                        + " cannot register " + what.get() + ": it is already registered by plugin '" + theirs.name()
                        + "' from " + other.origin().describe());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clash(PluginDeclaration mine, PluginDeclaration theirs) {
        if (mine.name().equals(theirs.name())) {
            return Optional.of("the plugin name '" + mine.name() + "'");
        }
        for (TransactionDescriptor<?> t : mine.transactions()) {
            for (TransactionDescriptor<?> u : theirs.transactions()) {
                if (t.type().equals(u.type())) {
                    return Optional.of("transaction type " + t.type() + " (" + t.name() + ")");
                }
            }
        }
        for (Integer facility : mine.facilities()) {
            if (theirs.facilities().contains(facility)) {
                return Optional.of(String.format("result facility 0x%02X", facility));
            }
        }
        for (CacheDescriptor<?, ?> c : mine.caches()) {
            for (CacheDescriptor<?, ?> d : theirs.caches()) {
                if (c.name().equals(d.name())) {
                    return Optional.of("cache '" + c.name() + "'");
                }
                if (c.cacheId() == d.cacheId()) {
                    return Optional.of("cache id " + c.cacheId() + " (of cache '" + c.name() + "')");
                }
            }
        }
        for (IndexDescriptor index : mine.indexes()) {
            if (theirs.indexes().contains(index)) {
                return Optional.of("index '" + index.name() + "'");
            }
        }
        for (RouteDescriptor r : mine.routes()) {
            for (RouteDescriptor s : theirs.routes()) {
                if (r.method().equals(s.method()) && r.path().equals(s.path())) {
                    return Optional.of("REST route " + r.method() + " " + r.path());
                }
            }
        }
        return Optional.empty();
    }
}
