package io.sirius.plugin.upgrade.internal.rest;

import io.sirius.api.model.Height;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.api.state.StateView;
import io.sirius.plugin.upgrade.internal.state.HeightFloor;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeCache;
import io.sirius.plugin.upgrade.state.BlockchainUpgradeEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /upgrade/{height}}, as js-xpx-chain-rest answers it: the upgrade in force at {@code height} (the one with
 * the greatest height not above it) as
 * {@code {"blockchainUpgrade": {"height": [lo, hi], "blockchainVersion": [lo, hi]}}}, the field names the SDK's
 * {@code UpgradeDTO} reads; 404 {@code ResourceNotFound} when no upgrade is in force there; 409
 * {@code InvalidArgument} when {@code height} is not a uint64.
 *
 * <p>While the cache view has point lookups only ({@link HeightFloor}), a request may make this route probe at most
 * {@value #MAX_PROBES} heights; a height further above the last upgrade is answered with 409 rather than tying up the
 * REST thread.
 */
public final class UpgradeAtHeightRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/upgrade/{height}";
    /** The most heights one request may probe. */
    public static final long MAX_PROBES = 1L << 20;

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new UpgradeAtHeightRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        String text = request.pathParameter("height");
        Height height;
        try {
            height = new Height(Long.parseUnsignedLong(text));
        } catch (NumberFormatException e) {
            return RouteResponse.invalidArgument("height has an invalid format");
        }
        Optional<Optional<BlockchainUpgradeEntry>> lookup =
                HeightFloor.atOrBelow(state.cache(BlockchainUpgradeCache.DESCRIPTOR), height, MAX_PROBES);
        if (lookup.isEmpty()) {
            return RouteResponse.invalidArgument("height " + height + " is more than " + MAX_PROBES
                    + " blocks above the last upgrade; ask for a lower height");
        }
        return lookup.get()
                .map(entry -> RouteResponse.ok(body(entry)))
                .orElseGet(() -> RouteResponse.notFound("no resource exists with id '" + text + "'"));
    }

    private static Map<String, Object> body(BlockchainUpgradeEntry entry) {
        Map<String, Object> upgrade = new LinkedHashMap<>();
        upgrade.put("height", new Uint64(entry.height().value()));
        upgrade.put("blockchainVersion", new Uint64(entry.version().value()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("blockchainUpgrade", upgrade);
        return body;
    }
}
