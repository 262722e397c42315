package io.sirius.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Hex;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.rest.RouteResponse;
import io.sirius.crypto.EntityHasher;
import io.sirius.kernel.NodeVersion;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.ConfigTexts;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.TransactionState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes the kernel answers itself: node, network, chain, blocks, transactions, statuses, accounts and config.
 * Plugins add the routes of their own state.
 */
final class CoreRoutes {
    /** The most blocks one request may ask for. */
    static final int MAX_BLOCKS = 100;
    /** The most ids one POST may ask for. */
    static final int MAX_IDS = 100;

    private final ChainService chain;
    private final PluginContributions plugins;
    private final Json json;
    private final AnnounceLimiter limiter;
    private final int p2pPort;

    CoreRoutes(ChainService chain, PluginContributions plugins, Json json, AnnounceLimiter limiter, int p2pPort) {
        this.chain = chain;
        this.plugins = plugins;
        this.json = json;
        this.limiter = limiter;
        this.p2pPort = p2pPort;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/node/info", r -> RouteResponse.ok(nodeInfo())),
                Route.of("GET", "/node/time", r -> RouteResponse.ok(nodeTime())),
                Route.of("GET", "/network", r -> RouteResponse.ok(networkType())),
                Route.of("GET", "/chain/height", r -> RouteResponse.ok(Map.of("height", Views.u64(chain.status().height())))),
                Route.of("GET", "/chain/score", r -> RouteResponse.ok(score())),
                Route.of("GET", "/block/{height}", r -> RouteResponse.ok(Views.block(block(Params.height(r.pathParameter("height")))))),
                Route.of("GET", "/blocks/{height}/limit/{limit}", this::blocks),
                Route.of("PUT", "/transactions", this::announce),
                Route.of("PUT", "/transactions/partial", r -> {
                    throw ApiException.invalid("bonded aggregates need the aggregate plugin, which this node does not run yet");
                }),
                Route.of("PUT", "/transactions/cosignature", r -> {
                    throw ApiException.invalid("cosignatures need the aggregate plugin, which this node does not run yet");
                }),
                Route.of("GET", "/transactionStatus/{hash}", r -> RouteResponse.ok(status(
                        chain.transaction(Params.hash(r.pathParameter("hash"))).orElseThrow(() -> ApiException.notFound(
                                "no resource exists with id '" + r.pathParameter("hash") + "'"))))),
                Route.of("POST", "/transactionStatus", this::statuses),
                Route.of("GET", "/transactions/{group}/{transactionId}", this::transaction),
                Route.of("POST", "/transactions/{group}", this::transactions),
                Route.of("GET", "/account/{accountId}", r -> RouteResponse.ok(Views.account(account(r.pathParameter("accountId"))
                        .orElseThrow(() -> ApiException.notFound("no resource exists with id '" + r.pathParameter("accountId")
                                + "'"))))),
                Route.of("POST", "/account", this::accounts),
                Route.of("GET", "/config/{height}", this::config),
                Route.of("GET", "/diagnostic/server", r -> RouteResponse.ok(Map.of("serverInfo",
                        Map.of("restVersion", NodeVersion.format(NodeVersion.CURRENT), "sdkVersion", "sirius-osgi")))));
    }

    private NetworkInfo network() {
        return chain.network().orElseThrow(() -> new ApiException(503, "ServiceUnavailable", "the node is starting"));
    }

    private Map<String, Object> nodeInfo() {
        NetworkInfo network = network();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publicKey", chain.nodeKey().map(PublicKey::toHex).orElse(PublicKey.ZERO.toHex()));
        out.put("port", p2pPort);
        out.put("networkIdentifier", network.network().identifier());
        out.put("version", NodeVersion.CURRENT);
        out.put("roles", 2);
        out.put("host", "");
        out.put("friendlyName", "sirius-osgi");
        return out;
    }

    private Map<String, Object> nodeTime() {
        long now = Timestamp.fromInstant(java.time.Instant.now()).value();
        return Map.of("communicationTimestamps", Map.of("sendTimestamp", Views.u64(now), "receiveTimestamp", Views.u64(now)));
    }

    private Map<String, Object> networkType() {
        NetworkType type = network().network();
        return Map.of("name", type.configName(), "description", "a sirius-osgi " + type.configName() + " network");
    }

    private Map<String, Object> score() {
        BigInteger score = chain.block(chain.status().height()).map(BlockInfo::score).orElse(BigInteger.ZERO);
        return Map.of("scoreHigh", Views.u64(score.shiftRight(64).longValue()), "scoreLow", Views.u64(score.longValue()));
    }

    private BlockInfo block(long height) {
        return chain.block(height).orElseThrow(() -> ApiException.notFound("no resource exists with id '" + height + "'"));
    }

    private RouteResponse blocks(Request r) {
        long from = Params.height(r.pathParameter("height"));
        int limit = Params.boundedInt(r.pathParameter("limit"), "limit", 1, MAX_BLOCKS);
        List<Object> out = new ArrayList<>();
        for (long h = from; h < from + limit; h++) {
            Optional<BlockInfo> block = chain.block(h);
            if (block.isEmpty()) {
                break;
            }
            out.add(Views.block(block.get()));
        }
        return RouteResponse.ok(out);
    }

    private RouteResponse announce(Request r) {
        JsonNode body = json.read(r.body());
        JsonNode payload = body.get("payload");
        if (payload == null || !payload.isTextual()) {
            throw ApiException.invalid("the body needs a \"payload\": the signed transaction in hex");
        }
        byte[] bytes;
        try {
            bytes = Hex.decode(payload.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("payload is not hex: " + e.getMessage());
        }
        if (!limiter.tryAcquire()) {
            throw new ApiException(429, "TooManyRequests", "this node takes at most " + limiter.perSecond()
                    + " announcements per second; try again shortly");
        }
        Announcement announcement = chain.announce(bytes);
        if (announcement.hash().isEmpty()) {
            throw ApiException.invalid("payload is not a transaction this node can read: " + announcement.message());
        }
        return new RouteResponse(202, Map.of("message", "packet 9 was pushed to the network via /transactions"));
    }

    private static Map<String, Object> status(TransactionState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("group", state.group());
        out.put("status", state.status());
        out.put("hash", state.hash().toHex());
        out.put("deadline", Views.u64(state.deadline()));
        out.put("height", Views.u64(state.height()));
        return out;
    }

    private RouteResponse statuses(Request r) {
        List<Object> out = new ArrayList<>();
        for (String id : ids(json.read(r.body()), "hashes")) {
            chain.transaction(Params.hash(id)).ifPresent(s -> out.add(status(s)));
        }
        return RouteResponse.ok(out);
    }

    private static List<String> ids(JsonNode body, String field) {
        JsonNode list = body.get(field);
        if (list == null || !list.isArray()) {
            throw ApiException.invalid("the body needs \"" + field + "\": an array of ids");
        }
        if (list.size() > MAX_IDS) {
            throw ApiException.invalid("at most " + MAX_IDS + " " + field + " per request");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode id : list) {
            if (!id.isTextual()) {
                throw ApiException.invalid(field + " must hold strings");
            }
            out.add(id.asText());
        }
        return out;
    }

    private Optional<Map<String, Object>> find(String group, Hash256 hash) {
        switch (group) {
            case "confirmed":
                return chain.confirmedTransaction(hash).map(payload -> {
                    TransactionState state = chain.transaction(hash).orElseThrow();
                    return Views.transactionInfo(payload, hash, merkleHash(payload, hash), state.height(),
                            indexIn(state.height(), hash), plugins);
                });
            case "unconfirmed":
                return chain.unconfirmedTransactions().stream()
                        .filter(p -> EntityHasher.transactionHash(p, network().generationHash()).equals(hash))
                        .findFirst()
                        .map(p -> Views.transactionInfo(p, hash, hash, 0, 0, plugins));
            case "partial":
                return Optional.empty();
            default:
                throw ApiException.invalid("group must be confirmed, unconfirmed or partial, not '" + group + "'");
        }
    }

    private Hash256 merkleHash(byte[] payload, Hash256 hash) {
        if (!io.sirius.api.entity.EntityTypes.isAggregate(io.sirius.api.entity.Transaction.decode(payload).header().type())) {
            return hash;
        }
        List<PublicKey> cosigners = io.sirius.api.entity.AggregateTransaction.decode(payload).cosignatures().stream()
                .map(io.sirius.api.entity.Cosignature::signer).toList();
        return EntityHasher.merkleComponentHash(hash, cosigners);
    }

    private int indexIn(long height, Hash256 hash) {
        BlockInfo block = block(height);
        List<io.sirius.api.entity.Transaction> txs = io.sirius.api.entity.Block.decode(block.bytes()).transactions();
        for (int i = 0; i < txs.size(); i++) {
            if (EntityHasher.transactionHash(txs.get(i).encode(), network().generationHash()).equals(hash)) {
                return i;
            }
        }
        return 0;
    }

    private RouteResponse transaction(Request r) {
        String group = r.pathParameter("group");
        String id = r.pathParameter("transactionId");
        return RouteResponse.ok(find(group, Params.hash(id))
                .orElseThrow(() -> ApiException.notFound("no resource exists with id '" + id + "'")));
    }

    private RouteResponse transactions(Request r) {
        String group = r.pathParameter("group");
        List<Object> out = new ArrayList<>();
        for (String id : ids(json.read(r.body()), "transactionIds")) {
            find(group, Params.hash(id)).ifPresent(out::add);
        }
        return RouteResponse.ok(out);
    }

    private Optional<AccountState> account(String id) {
        Address address = Params.account(id, network().network());
        return chain.state().cache(AccountStateCache.DESCRIPTOR).find(address);
    }

    private RouteResponse accounts(Request r) {
        JsonNode body = json.read(r.body());
        String field = body.has("publicKeys") ? "publicKeys" : "addresses";
        List<Object> out = new ArrayList<>();
        for (String id : ids(body, field)) {
            account(id).ifPresent(a -> out.add(Views.account(a)));
        }
        return RouteResponse.ok(out);
    }

    private RouteResponse config(Request r) {
        long height = Params.height(r.pathParameter("height"));
        ConfigTexts config = chain.config(height).orElseThrow(() -> ApiException.notFound("no resource exists with id '"
                + height + "'"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("height", Views.u64(config.height()));
        inner.put("networkConfig", config.text());
        inner.put("supportedEntityVersions", config.supportedEntitiesJson());
        return RouteResponse.ok(Map.of("networkConfig", inner));
    }
}
