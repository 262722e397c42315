package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.QueryArguments;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.StateView;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /mosaic/{mosaicId}/richlist?page=&pageSize=}: the mosaic's holders, richest first, as js-xpx-chain-rest's
 * richlist plugin answers (the SDK's {@code getMosaicRichlist}): an array of
 * {@code {address: "<50 hex>", publicKey: "<64 hex>", amount: [lo, hi]}}, amounts descending, equal amounts by address
 * ascending. {@code publicKey} is 64 zeros for an account whose key the chain has not seen, as Sirius stores it.
 *
 * <ul>
 *   <li>{@code page} counts from 0 (default 0); {@code pageSize} defaults to {@value #DEFAULT_PAGE_SIZE} (also when
 *       0, as js-xpx-chain-rest's {@code pageSize || 25}) and is clamped to at most {@value #MAX_PAGE_SIZE}, where
 *       js-xpx-chain-rest sets no maximum.</li>
 *   <li>A mosaic nobody holds, or that does not exist, gives 200 {@code []}, as REST's aggregation over accounts
 *       does; a {@code mosaicId} that is not 16 hex digits gives 409 {@code mosaicId has an invalid format}.</li>
 *   <li>A {@code page} or {@code pageSize} that is not an unsigned integer gives 409 ({@code page is not a valid
 *       unsigned integer}), where js-xpx-chain-rest quietly takes the default.</li>
 * </ul>
 *
 * <p>The holders come from the kernel's {@link AccountStateCache#HOLDERS} index, whose keys under the mosaic's 8 bytes
 * are already in that order: one prefix scan that stops after the page (it visits page x pageSize + pageSize keys at
 * most, never more than the mosaic's holders), then one account lookup per holder on the page for its key.
 *
 * <p>The SDK 0.10.4 builds the page arguments but does not send them ({@code getMosaicRichList} leaves its query
 * parameters out of the request), so an SDK client always gets the first 25 holders; its deserializer also drops
 * {@code publicKey} ({@code MosaicRichListDTO} lacks it), so the SDK's entries always hold 64 zeros.
 */
public final class MosaicRichlistRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaic/{mosaicId}/richlist";
    /** The page size when none (or 0) is given. */
    public static final int DEFAULT_PAGE_SIZE = 25;
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    private static final String NO_KEY = "0".repeat(2 * PublicKey.SIZE);

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MosaicRichlistRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        MosaicId id;
        long page;
        int pageSize;
        try {
            id = new MosaicId(RouteArguments.hexId(request.pathParameter("mosaicId"), "mosaicId"));
            page = QueryArguments.uint(request, "page").orElse(0L);
            long size = QueryArguments.uint(request, "pageSize").orElse(0L);
            pageSize = (int) (size == 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE));
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        long skip = page * pageSize; // at most 2^53 x 100, no overflow
        List<byte[]> holders = new ArrayList<>(pageSize);
        long[] seen = {0};
        byte[] prefix = ByteBuffer.allocate(Long.BYTES).putLong(id.value()).array();
        state.index(AccountStateCache.HOLDERS).scan(prefix, (key, value) -> {
            if (seen[0]++ >= skip) {
                holders.add(key);
            }
            return holders.size() < pageSize;
        });
        CacheView<Address, AccountState> accounts = state.cache(AccountStateCache.DESCRIPTOR);
        List<Map<String, Object>> body = new ArrayList<>(holders.size());
        for (byte[] key : holders) {
            Address address = AccountStateCache.holderAddress(key);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", address.toHex());
            entry.put("publicKey", accounts.find(address).flatMap(AccountState::publicKey).map(PublicKey::toHex)
                    .orElse(NO_KEY));
            entry.put("amount", new Uint64(AccountStateCache.holderAmount(key).value()));
            body.add(entry);
        }
        return RouteResponse.ok(body);
    }
}
