package io.sirius.plugin.metadata.internal.rest;

import io.sirius.api.model.Hash256;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /metadata_v2} with {@code {"compositeHashes": ["hex", ...]}}, as js-xpx-chain-rest answers it: an array
 * of the entries found, each as {@link MetadataView} shows it; hashes without an entry are left out, and a hash asked
 * for twice is answered once. 409 {@code InvalidArgument} when the body is not such an object, a hash is not 64 hex
 * digits, or it asks for more than {@value #MAX_HASHES} hashes (the REST bundle's limit for POSTed ids).
 *
 * <p>js-xpx-chain-rest returns the documents newest first (Mongo's insertion order); this node keeps no insertion
 * order, so it answers in the order asked, which the SDK does not rely on.
 */
public final class MetadatasRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/metadata_v2";
    /** The most hashes one request may ask for. */
    public static final int MAX_HASHES = 100;
    private static final String FIELD = "compositeHashes";

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("POST", PATH, new MetadatasRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        Set<Hash256> hashes = new LinkedHashSet<>();
        try {
            for (String text : RouteArguments.strings(RouteArguments.body(request), FIELD, MAX_HASHES)) {
                hashes.add(RouteArguments.hash(text, "element in array " + FIELD));
            }
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        CacheView<Hash256, MetadataEntry> cache = state.cache(MetadataCache.DESCRIPTOR);
        List<Map<String, Object>> found = new ArrayList<>();
        for (Hash256 hash : hashes) {
            cache.find(hash).ifPresent(entry -> found.add(MetadataView.of(entry)));
        }
        return RouteResponse.ok(found);
    }
}
