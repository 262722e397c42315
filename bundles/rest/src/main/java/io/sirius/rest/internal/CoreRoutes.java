package io.sirius.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
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
import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.chain.TransactionPage;
import io.sirius.kernel.chain.TransactionQuery;
import io.sirius.kernel.chain.TransactionRecord;
import io.sirius.kernel.chain.TransactionState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The routes the kernel answers itself: node, network, chain, blocks, transactions, statuses, accounts and config.
 * Plugins add the routes of their own state.
 */
final class CoreRoutes {
    /** The most blocks one request may ask for. */
    static final int MAX_BLOCKS = 100;
    /** The most ids one POST may ask for. */
    static final int MAX_IDS = 100;

    private static final int MIN_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 20;
    /** Transactions read per page while collecting a block's Merkle leaves or looking for an id. */
    private static final int SCAN_PAGE = 1000;
    /** The length of the ids {@link Views#id} shows in {@code meta.id}, a database id's in js-xpx-chain-rest. */
    private static final int ID_LENGTH = 24;
    private static final Set<String> GROUPS = Set.of("confirmed", "unconfirmed", "partial");
    private final ChainService chain;
    private final PluginContributions plugins;
    private final Json json;
    private final AnnounceLimiter limiter;
    private final int p2pPort;
    private final ConfirmedCounts counts;

    CoreRoutes(ChainService chain, PluginContributions plugins, Json json, AnnounceLimiter limiter, int p2pPort) {
        this.chain = chain;
        this.plugins = plugins;
        this.json = json;
        this.limiter = limiter;
        this.p2pPort = p2pPort;
        this.counts = new ConfirmedCounts(chain);
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/node/info", r -> RouteResponse.ok(nodeInfo())),
                Route.of("GET", "/node/time", r -> RouteResponse.ok(nodeTime())),
                Route.of("GET", "/network", r -> RouteResponse.ok(networkType())),
                Route.of("GET", "/chain/height", r -> RouteResponse.ok(Map.of("height", Views.u64(height())))),
                Route.of("GET", "/chain/score", r -> RouteResponse.ok(score())),
                Route.of("GET", "/block/{height}", r -> RouteResponse.ok(Views.block(block(Params.height(r.pathParameter("height")))))),
                Route.of("GET", "/blocks/{height}/limit/{limit}", this::blocks),
                Route.of("PUT", "/transactions", this::announce),
                Route.of("PUT", "/transactions/partial", this::announcePartial),
                Route.of("PUT", "/transactions/cosignature", this::cosign),
                Route.of("GET", "/transactionStatus/{hash}", this::transactionStatus),
                Route.of("POST", "/transactionStatus", this::statuses),
                Route.of("GET", "/transactions/{group}/{transactionId}", this::transaction),
                Route.of("GET", "/transactions/{group}", this::search),
                Route.of("POST", "/transactions/{group}", this::transactions),
                Route.of("GET", "/account/{accountId}", r -> RouteResponse.ok(Views.account(account(r.pathParameter("accountId"))
                        .orElseThrow(() -> ApiException.notFound("no resource exists with id '" + r.pathParameter("accountId")
                                + "'"))))),
                Route.of("POST", "/account", this::accounts),
                Route.of("POST", "/transactions/count", this::count),
                Route.of("GET", "/block/{height}/transaction/{hash}/merkle", this::merklePath),
                Route.of("GET", "/block/{height}/receipts", r -> RouteResponse.ok(Views.statements(
                        block(Params.height(r.pathParameter("height")))))),
                Route.of("GET", "/block/{height}/receipt/{hash}/merkle", this::receiptPath),
                Route.of("GET", "/diagnostic/storage", r -> RouteResponse.ok(storage())),
                Route.of("GET", "/config/{height}", this::config),
                Route.of("GET", "/diagnostic/server", r -> RouteResponse.ok(Map.of("serverInfo",
                        Map.of("restVersion", NodeVersion.format(NodeVersion.CURRENT), "sdkVersion", "sirius-osgi")))));
    }

    /**
     * @return the network; it is known once the node has opened its chain
     * @throws ApiException 503 while the node is starting or could not start, for every route that reads the chain
     */
    private NetworkInfo network() {
        return chain.network().orElseThrow(() -> {
            NodeStatus status = chain.status();
            return new ApiException(503, "ServiceUnavailable", "the node is not running ("
                    + status.phase().name().toLowerCase(Locale.ROOT) + ")"
                    + status.detail().map(d -> ": " + d).orElse(""));
        });
    }

    private long height() {
        network();
        return chain.status().height();
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
        network();
        BigInteger score = chain.block(chain.status().height()).map(BlockInfo::score).orElse(BigInteger.ZERO);
        return Map.of("scoreHigh", Views.u64(score.shiftRight(64).longValue()), "scoreLow", Views.u64(score.longValue()));
    }

    private BlockInfo block(long height) {
        network();
        return chain.block(height).orElseThrow(() -> ApiException.notFound("no resource exists with id '"
                + Long.toUnsignedString(height) + "'"));
    }

    private RouteResponse blocks(Request r) {
        long from = Params.height(r.pathParameter("height"));
        int limit = Params.boundedInt(r.pathParameter("limit"), "limit", 1, MAX_BLOCKS);
        network();
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
        return announce(payload(r), chain::announce, "packet 9 was pushed to the network via /transactions");
    }

    private RouteResponse announcePartial(Request r) {
        return announce(payload(r), chain::announcePartial,
                "packet 256 was pushed to the network via /transactions/partial");
    }

    private byte[] payload(Request r) {
        JsonNode body = json.read(r.body());
        JsonNode payload = body.get("payload");
        if (payload == null || !payload.isTextual()) {
            throw ApiException.invalid("the body needs a \"payload\": the signed transaction in hex");
        }
        try {
            return Hex.decode(payload.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("payload is not hex: " + e.getMessage());
        }
    }

    /**
     * Announces, answering 202 as js-xpx-chain-rest does whatever becomes of the transaction (refusals reach the
     * wallet on the status channel and in /transactionStatus); bytes that are not a transaction get 409, a node
     * that is not running 503.
     */
    private RouteResponse announce(byte[] bytes, java.util.function.Function<byte[], Announcement> how, String message) {
        if (!limiter.tryAcquire()) {
            throw new ApiException(429, "TooManyRequests", "this node takes at most " + limiter.perSecond()
                    + " announcements per second; try again shortly");
        }
        Announcement announcement = how.apply(bytes);
        if (announcement.status().equals("Failure_Node_Not_Running")) {
            throw new ApiException(503, "ServiceUnavailable", announcement.message());
        }
        if (announcement.hash().isEmpty()) {
            throw ApiException.invalid("payload is not a transaction this node can read: " + announcement.message());
        }
        return new RouteResponse(202, Map.of("message", message));
    }

    /**
     * {@code PUT /transactions/cosignature}: {@code {parentHash, signature, signer}} (and {@code scheme} for the
     * SDK's V2 accounts). 202 when the cosignature is taken; 409 naming the reason when it is not (no such waiting
     * aggregate, a signature that does not verify, a cosigner the aggregate does not need).
     */
    private RouteResponse cosign(Request r) {
        JsonNode body = json.read(r.body());
        Hash256 parent = Params.hash(text(body, "parentHash"));
        PublicKey signer;
        io.sirius.api.model.Signature signature;
        try {
            signer = PublicKey.fromHex(text(body, "signer"));
            signature = io.sirius.api.model.Signature.fromHex(text(body, "signature"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("the cosignature is malformed: " + e.getMessage());
        }
        DerivationScheme scheme = DerivationScheme.UNSET;
        JsonNode schemeNode = body.get("scheme");
        if (schemeNode != null && !schemeNode.isNull()) {
            try {
                scheme = DerivationScheme.fromCode(schemeNode.asInt(-1));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("scheme must be 0, 1 or 2");
            }
        }
        if (!limiter.tryAcquire()) {
            throw new ApiException(429, "TooManyRequests", "this node takes at most " + limiter.perSecond()
                    + " announcements per second; try again shortly");
        }
        Announcement announcement = chain.cosign(parent, signer, signature, scheme);
        if (announcement.status().equals("Failure_Node_Not_Running")) {
            throw new ApiException(503, "ServiceUnavailable", announcement.message());
        }
        if (!announcement.accepted()) {
            throw ApiException.invalid(announcement.status() + ": " + announcement.message());
        }
        return new RouteResponse(202, Map.of("message", "packet 257 was pushed to the network via /transactions/cosignature"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual()) {
            throw ApiException.invalid("the body needs \"" + field + "\"");
        }
        return node.asText();
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

    private RouteResponse transactionStatus(Request r) {
        String id = r.pathParameter("hash");
        Hash256 hash = Params.hash(id);
        network();
        return RouteResponse.ok(status(chain.transaction(hash).orElseThrow(() -> ApiException.notFound(
                "no resource exists with id '" + id + "'"))));
    }

    private RouteResponse statuses(Request r) {
        List<Hash256> hashes = new ArrayList<>();
        for (String id : ids(json.read(r.body()), "hashes")) {
            hashes.add(Params.hash(id));
        }
        network();
        List<Object> out = new ArrayList<>();
        hashes.forEach(hash -> chain.transaction(hash).ifPresent(s -> out.add(status(s))));
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

    /**
     * @param r a request with a {@code {group}} path parameter
     * @return the group
     * @throws ApiException 404 for a group other than confirmed, unconfirmed and partial, as js-xpx-chain-rest
     *     answers them (an unknown route)
     */
    private static String group(Request r) {
        String group = r.pathParameter("group");
        if (!GROUPS.contains(group)) {
            throw ApiException.notFound("no transaction group '" + group + "': it is confirmed, unconfirmed or partial");
        }
        return group;
    }

    /**
     * @param group confirmed, unconfirmed or partial
     * @param id a transaction's hash (64 hex digits) or the id its {@code meta.id} shows (24), as js-xpx-chain-rest
     *     and the SDK's {@code getTransaction(s)} take either
     * @return the transaction's {@code TransactionInfoDTO}, if the group holds it
     * @throws ApiException 409 for an id of another form
     */
    private Optional<Map<String, Object>> find(String group, String id) {
        if (id.length() != ID_LENGTH) {
            return find(group, Params.hash(id));
        }
        if (!id.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw ApiException.invalid("transactionId has an invalid format: '" + id + "' is not 24 hex digits");
        }
        network();
        if (group.equals("confirmed")) {
            long height = Long.parseUnsignedLong(id.substring(0, 16), 16);
            long index = Long.parseLong(id.substring(16), 16);
            if (height < 1 || index >= Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return chain.transactions(new TransactionQuery("confirmed", Optional.empty(), TransactionQuery.Role.ANY,
                    Set.of(), height, height, false, 1, (int) index + 1)).data().stream()
                    .filter(record -> record.height() == height && record.index() == index)
                    .findFirst().map(this::info);
        }
        // waiting transactions are known by the first 24 digits of their hash
        String prefix = id.toUpperCase(Locale.ROOT);
        return waiting(group, record -> record.hash().toHex().startsWith(prefix));
    }

    private Optional<Map<String, Object>> find(String group, Hash256 hash) {
        network();
        switch (group) {
            case "confirmed":
                return chain.confirmedTransaction(hash).map(this::info);
            case "unconfirmed":
                return chain.unconfirmedTransaction(hash).map(this::info);
            case "partial":
                return chain.partialTransaction(hash).map(this::info);
            default:
                throw new IllegalArgumentException(group);
        }
    }

    /**
     * @return the first unconfirmed or partial transaction that matches, in arrival order; the node hands them over
     *     with their hashes, so none is hashed again here
     */
    private Optional<Map<String, Object>> waiting(String group, Predicate<TransactionRecord> matches) {
        for (int pageNumber = 1; ; pageNumber++) {
            TransactionPage page = chain.transactions(new TransactionQuery(group, Optional.empty(),
                    TransactionQuery.Role.ANY, Set.of(), 1, Long.MAX_VALUE, false, SCAN_PAGE, pageNumber));
            for (TransactionRecord record : page.data()) {
                if (matches.test(record)) {
                    return Optional.of(info(record));
                }
            }
            if (page.data().size() < SCAN_PAGE) {
                return Optional.empty();
            }
        }
    }

    private Map<String, Object> info(TransactionRecord record) {
        return Views.transactionInfo(record.payload(), record.hash(), record.merkleComponentHash(), record.height(),
                record.index(), plugins, network().generationHash());
    }

    /**
     * {@code GET /transactions/{group}}: a page of confirmed, unconfirmed or partial transactions, filtered as the
     * SDK's {@code TransactionQueryParams} asks (js-xpx-chain-rest's parameters). Sorted by height, newest first unless
     * {@code order=asc}; {@code pageSize} is kept between 10 and 100 (default 20), {@code pageNumber} starts at 1.
     * Top-level transactions only ({@code embedded=true}, which the SDK's BlockHttp sends, changes nothing). 409 for
     * filters given twice over or not supported (see {@link #checkFilters}), 404 for another group.
     */
    private RouteResponse search(Request r) {
        String group = group(r);
        checkFilters(r);
        NetworkType network = network().network();
        Optional<Address> account = Optional.empty();
        TransactionQuery.Role role = TransactionQuery.Role.ANY;
        if (r.queryParameter("publicKey").isPresent()) {
            account = Optional.of(Params.account(r.queryParameter("publicKey").get(), network));
        } else if (r.queryParameter("address").isPresent()) {
            account = Optional.of(Params.account(r.queryParameter("address").get(), network));
        } else if (r.queryParameter("signerPublicKey").isPresent()) {
            account = Optional.of(Params.account(r.queryParameter("signerPublicKey").get(), network));
            role = TransactionQuery.Role.SIGNER;
        } else if (r.queryParameter("recipientAddress").isPresent()) {
            account = Optional.of(Params.account(r.queryParameter("recipientAddress").get(), network));
            role = TransactionQuery.Role.RECIPIENT;
        }
        Set<EntityType> types = new HashSet<>();
        for (String type : r.queryParameters("type")) {
            types.add(new EntityType(Params.boundedInt(type, "type", 0, 0xFFFF)));
        }
        long from = 1;
        long to = Long.MAX_VALUE;
        if (r.queryParameter("height").isPresent()) {
            from = searchHeight(r.queryParameter("height").get());
            to = from;
        }
        if (r.queryParameter("fromHeight").isPresent()) {
            from = Math.max(from, searchHeight(r.queryParameter("fromHeight").get()));
        }
        if (r.queryParameter("toHeight").isPresent()) {
            to = Math.min(to, searchHeight(r.queryParameter("toHeight").get()));
        }
        String order = r.queryParameter("order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiException.invalid("order must be asc or desc, not '" + order + "'");
        }
        String sortField = r.queryParameter("sortField").orElse("meta.height");
        if (!sortField.equals("meta.height")) {
            throw ApiException.invalid("transactions sort by meta.height only, not '" + sortField + "'");
        }
        int pageSize = r.queryParameter("pageSize").map(v -> Params.boundedInt(v, "pageSize", 0, Integer.MAX_VALUE))
                .orElse(DEFAULT_PAGE_SIZE);
        pageSize = Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, pageSize));
        int pageNumber = r.queryParameter("pageNumber").map(v -> Params.boundedInt(v, "pageNumber", 1, Integer.MAX_VALUE))
                .orElse(1);
        TransactionPage page;
        try {
            page = chain.transactions(new TransactionQuery(group, account, role, types, from, to, order.equals("desc"),
                    pageSize, pageNumber));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage());
        }
        List<Object> data = new ArrayList<>();
        page.data().forEach(record -> data.add(info(record)));
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalEntries", page.totalEntries());
        pagination.put("pageNumber", page.pageNumber());
        pagination.put("pageSize", page.pageSize());
        pagination.put("totalPages", page.totalPages());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", data);
        out.put("pagination", pagination);
        return RouteResponse.ok(out);
    }

    /**
     * @param text a height filter, a uint64
     * @return it as a bound on signed heights: those of 2^63 and more, beyond any chain, become {@code Long.MAX_VALUE}
     *     (read as signed they would turn negative, and a search from such a height would start at 1)
     */
    private static long searchHeight(String text) {
        long height = Params.height(text);
        return height < 0 ? Long.MAX_VALUE : height;
    }

    /**
     * Refuses filter combinations js-xpx-chain-rest refuses (an account given twice over), the combination of signer
     * and recipient this node cannot search for, and the transfer mosaic filters it does not support yet, rather than
     * answering a page that ignores them.
     */
    private static void checkFilters(Request r) {
        boolean publicKey = r.queryParameter("publicKey").isPresent();
        boolean address = r.queryParameter("address").isPresent();
        boolean signer = r.queryParameter("signerPublicKey").isPresent();
        boolean recipient = r.queryParameter("recipientAddress").isPresent();
        if (publicKey && (address || signer || recipient)) {
            throw ApiException.invalid("can't filter by publicKey if address or signerPublicKey or recipientAddress are "
                    + "already provided");
        }
        if (address && (signer || recipient)) {
            throw ApiException.invalid("can't filter by address if signerPublicKey or recipientAddress are already "
                    + "provided");
        }
        if (signer && recipient) {
            throw ApiException.invalid("this node filters by signerPublicKey or by recipientAddress, not by both");
        }
        for (String unsupported : List.of("transferMosaicId", "fromTransferAmount", "toTransferAmount")) {
            if (r.queryParameter(unsupported).isPresent()) {
                throw ApiException.invalid("this node does not filter transactions by " + unsupported + " yet");
            }
        }
    }

    private RouteResponse transaction(Request r) {
        String group = group(r);
        String id = r.pathParameter("transactionId");
        return RouteResponse.ok(find(group, id)
                .orElseThrow(() -> ApiException.notFound("no resource exists with id '" + id + "'")));
    }

    /**
     * {@code POST /transactions/{group}} with {@code {"transactionIds": [...]}} (hashes or ids) or
     * {@code {"hashes": [...]}}, as js-xpx-chain-rest takes them: the known ones, in the order asked.
     */
    private RouteResponse transactions(Request r) {
        String group = group(r);
        JsonNode body = json.read(r.body());
        boolean byIds = body.has("transactionIds");
        if (byIds == body.has("hashes")) {
            throw ApiException.invalid("either transactionIds or hashes must be provided");
        }
        List<String> ids = ids(body, byIds ? "transactionIds" : "hashes");
        if (!byIds) {
            ids.forEach(Params::hash);
        }
        List<Object> out = new ArrayList<>();
        for (String id : ids) {
            find(group, id).ifPresent(out::add);
        }
        return RouteResponse.ok(out);
    }

    /**
     * {@code POST /transactions/count} with {@code {"transactionTypes": [16724, ...]}}: how many confirmed transactions
     * of each type the chain holds, as {@code [{"type", "count"}]} in the order asked. Top-level transactions only:
     * an aggregate counts as one of its own type, as blocks carry it ({@link ConfirmedCounts}).
     */
    private RouteResponse count(Request r) {
        JsonNode list = json.read(r.body()).get("transactionTypes");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw ApiException.invalid("the body needs \"transactionTypes\": a non-empty array of transaction types");
        }
        if (list.size() > MAX_IDS) {
            throw ApiException.invalid("at most " + MAX_IDS + " transactionTypes per request");
        }
        List<Integer> types = new ArrayList<>();
        for (JsonNode type : list) {
            if (!type.isIntegralNumber() || !type.canConvertToInt() || type.asInt() < 0 || type.asInt() > 0xFFFF) {
                throw ApiException.invalid("transactionTypes must hold whole numbers from 0 to 65535, not " + type);
            }
            types.add(type.asInt());
        }
        network();
        ConfirmedCounts.Snapshot snapshot = counts.current();
        List<Object> out = new ArrayList<>();
        for (int type : types) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", type);
            row.put("count", snapshot.count(type));
            out.add(row);
        }
        return RouteResponse.ok(out);
    }

    /** {@code GET /diagnostic/storage}: blocks, confirmed top-level transactions and accounts the node holds. */
    private Map<String, Object> storage() {
        network();
        ConfirmedCounts.Snapshot snapshot = counts.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("numBlocks", snapshot.height());
        out.put("numTransactions", snapshot.total());
        out.put("numAccounts", chain.state().cache(AccountStateCache.DESCRIPTOR).size());
        return out;
    }

    /**
     * {@code GET /block/{height}/transaction/{hash}/merkle}: the path from a transaction's leaf (its Merkle component
     * hash) to the block's transactions hash, as {@code {"payload": {"merklePath": [{"position", "hash"}]}, "type"}},
     * position 1 for a sibling on the left and 2 on the right, leaf level first. A level with an odd count pairs its
     * last node with itself, as the block hash rule does. 404 when the block or the transaction in it is unknown.
     */
    private RouteResponse merklePath(Request r) {
        long height = Params.height(r.pathParameter("height"));
        Hash256 hash = Params.hash(r.pathParameter("hash"));
        BlockInfo block = block(height);
        List<Hash256> level = new ArrayList<>(block.transactionCount());
        int index = -1;
        int pageNumber = 1;
        while (level.size() < block.transactionCount()) {
            TransactionPage page = chain.transactions(new TransactionQuery("confirmed", Optional.empty(),
                    TransactionQuery.Role.ANY, Set.of(), height, height, false, SCAN_PAGE, pageNumber++));
            if (page.data().isEmpty()) {
                break;
            }
            for (TransactionRecord record : page.data()) {
                if (record.hash().equals(hash)) {
                    index = level.size();
                }
                level.add(record.merkleComponentHash());
            }
        }
        if (index < 0) {
            throw ApiException.notFound("no transaction " + hash.toHex() + " in block " + height);
        }
        return RouteResponse.ok(Map.of("payload", Map.of("merklePath", merklePath(EntityHasher.merklePath(level, index))),
                "type", "merkleProofInfo"));
    }

    /**
     * {@code GET /block/{height}/receipt/{hash}/merkle}: the path from a statement's hash to the block's receipts hash,
     * in the shape of the transaction route's; 404 when the block or the statement in it is unknown.
     */
    private RouteResponse receiptPath(Request r) {
        long height = Params.height(r.pathParameter("height"));
        Hash256 hash = Params.hash(r.pathParameter("hash"));
        List<EntityHasher.MerkleStep> steps = block(height).statement().merklePath(hash)
                .orElseThrow(() -> ApiException.notFound("no statement " + hash.toHex() + " in block " + height));
        return RouteResponse.ok(Map.of("payload", Map.of("merklePath", merklePath(steps)), "type", "merkleProofInfo"));
    }

    private static List<Object> merklePath(List<EntityHasher.MerkleStep> steps) {
        List<Object> path = new ArrayList<>();
        for (EntityHasher.MerkleStep step : steps) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("position", step.siblingOnRight() ? 2 : 1);
            item.put("hash", step.sibling().toHex());
            path.add(item);
        }
        return path;
    }

    private Optional<AccountState> account(String id) {
        Address address = Params.account(id, network().network());
        return chain.state().cache(AccountStateCache.DESCRIPTOR).find(address);
    }

    private RouteResponse accounts(Request r) {
        JsonNode body = json.read(r.body());
        if (body.has("publicKeys") && body.has("addresses")) {
            throw ApiException.invalid("publicKeys and addresses cannot both be provided");
        }
        String field = body.has("publicKeys") ? "publicKeys" : "addresses";
        List<Object> out = new ArrayList<>();
        for (String id : ids(body, field)) {
            account(id).ifPresent(a -> out.add(Views.account(a)));
        }
        return RouteResponse.ok(out);
    }

    private RouteResponse config(Request r) {
        long height = Params.height(r.pathParameter("height"));
        network();
        ConfigTexts config = chain.config(height).orElseThrow(() -> ApiException.notFound("no resource exists with id '"
                + Long.toUnsignedString(height) + "'"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("height", Views.u64(config.height()));
        inner.put("networkConfig", config.text());
        inner.put("supportedEntityVersions", config.supportedEntitiesJson());
        return RouteResponse.ok(Map.of("networkConfig", inner));
    }
}
