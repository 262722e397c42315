package io.sirius.rest.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.codec.BinaryReader;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.BlockHeader;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.receipt.ArtifactExpiryReceipt;
import io.sirius.api.receipt.BalanceChangeReceipt;
import io.sirius.api.receipt.BalanceTransferReceipt;
import io.sirius.api.receipt.InflationReceipt;
import io.sirius.api.receipt.OtherReceipt;
import io.sirius.api.receipt.Receipt;
import io.sirius.api.rest.TransactionJson;
import io.sirius.api.rest.Uint64;
import io.sirius.crypto.EntityHasher;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.receipts.ReceiptSource;
import io.sirius.kernel.receipts.ResolutionStatement;
import io.sirius.kernel.receipts.TransactionStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON shapes the SDK reads: blocks ({@code BlockInfoDTO}), transactions ({@code TransactionInfoDTO}, the body's
 * fields written by its plugin) and accounts ({@code AccountInfoDTO}).
 */
final class Views {
    private static final Logger LOG = LoggerFactory.getLogger(Views.class);
    private static final String ZERO_KEY = PublicKey.ZERO.toHex();

    private Views() {
    }

    static Uint64 u64(long value) {
        return new Uint64(value);
    }

    /**
     * {@code StatementsDTO}, as js-xpx-chain-rest's receipts route answers: {@code transactionStatements} ({@code height},
     * {@code source {primaryId, secondaryId}}, {@code receipts}), {@code addressResolutionStatements} and
     * {@code mosaicResolutionStatements} ({@code height}, {@code unresolved}, {@code resolutionEntries} of
     * {@code {source, resolved}}). A receipt has {@code version} and {@code type} and the fields of its shape, named as
     * REST's receipts schema names them; a receipt of another shape has its body in {@code bin} (hex), as the
     * gateway's mongo mapper writes one it does not know.
     *
     * @param block a block
     * @return its statements
     */
    static Map<String, Object> statements(BlockInfo block) {
        Uint64 height = u64(block.height());
        List<Object> transactions = new ArrayList<>();
        for (TransactionStatement statement : block.statement().transactionStatements()) {
            List<Object> receipts = new ArrayList<>(statement.receipts().size());
            statement.receipts().forEach(r -> receipts.add(receipt(r)));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("height", height);
            json.put("source", source(statement.source()));
            json.put("receipts", receipts);
            transactions.add(json);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transactionStatements", transactions);
        out.put("addressResolutionStatements", resolutions(height, block.statement().addressResolutions()));
        out.put("mosaicResolutionStatements", resolutions(height, block.statement().mosaicResolutions()));
        return out;
    }

    private static List<Object> resolutions(Uint64 height, List<ResolutionStatement> statements) {
        List<Object> out = new ArrayList<>(statements.size());
        for (ResolutionStatement statement : statements) {
            List<Object> entries = new ArrayList<>(statement.entries().size());
            for (ResolutionStatement.Entry entry : statement.entries()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("source", source(entry.source()));
                json.put("resolved", resolutionValue(statement, entry.resolved()));
                entries.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("height", height);
            json.put("unresolved", resolutionValue(statement, statement.unresolved()));
            json.put("resolutionEntries", entries);
            out.add(json);
        }
        return out;
    }

    /** An address as hex (the SDK's {@code Address.createFromEncoded}), a mosaic id as a uint64. */
    private static Object resolutionValue(ResolutionStatement statement, byte[] value) {
        return statement.isAddress() ? io.sirius.api.model.Hex.encode(value)
                : u64(BinaryReader.of(value).readI64("mosaic id"));
    }

    private static Map<String, Object> source(ReceiptSource source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("primaryId", Integer.toUnsignedLong(source.primaryId()));
        json.put("secondaryId", Integer.toUnsignedLong(source.secondaryId()));
        return json;
    }

    private static Map<String, Object> receipt(Receipt receipt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", Integer.toUnsignedLong(receipt.version()));
        json.put("type", receipt.type().value());
        if (receipt instanceof BalanceTransferReceipt r) {
            json.put("sender", r.sender().toHex());
            json.put("recipient", io.sirius.api.model.Hex.encode(r.recipient().bytes()));
            json.put("mosaicId", u64(r.mosaicId().value()));
            json.put("amount", u64(r.amount().value()));
        } else if (receipt instanceof BalanceChangeReceipt r) {
            json.put("account", r.account().toHex());
            json.put("mosaicId", u64(r.mosaicId().value()));
            json.put("amount", u64(r.amount().value()));
        } else if (receipt instanceof ArtifactExpiryReceipt r) {
            byte[] id = r.artifactId();
            json.put("artifactId", id.length == 8 ? u64(BinaryReader.of(id).readI64("artifact id"))
                    : io.sirius.api.model.Hex.encode(id));
        } else if (receipt instanceof InflationReceipt r) {
            json.put("mosaicId", u64(r.mosaicId().value()));
            json.put("amount", u64(r.amount().value()));
        } else if (receipt instanceof OtherReceipt r) {
            json.put("bin", io.sirius.api.model.Hex.encode(r.body()));
        }
        return json;
    }

    static Map<String, Object> block(BlockInfo block) {
        BlockHeader h = io.sirius.api.entity.Block.decode(block.bytes()).header();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("hash", block.hash().toHex());
        meta.put("generationHash", block.generationHash().toHex());
        meta.put("totalFee", u64(block.totalFee().value()));
        meta.put("numTransactions", block.transactionCount());
        meta.put("numStatements", block.statement().count());
        meta.put("subCacheMerkleRoots", List.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signature", h.signature().toHex());
        body.put("signer", h.signer().toHex());
        body.put("version", Integer.toUnsignedLong(h.version().raw())); // a uint32, as the SDK parses it
        body.put("type", h.type().value());
        body.put("height", u64(h.height().value()));
        body.put("timestamp", u64(h.timestamp().value()));
        body.put("difficulty", u64(h.difficulty()));
        body.put("feeMultiplier", Integer.toUnsignedLong(h.feeMultiplier()));
        body.put("previousBlockHash", h.previousBlockHash().toHex());
        body.put("blockTransactionsHash", h.blockTransactionsHash().toHex());
        body.put("blockReceiptsHash", h.blockReceiptsHash().toHex());
        body.put("stateHash", h.stateHash().toHex());
        body.put("beneficiary", h.beneficiary().toHex());
        body.put("feeInterest", Integer.toUnsignedLong(h.feeInterest()));
        body.put("feeInterestDenominator", Integer.toUnsignedLong(h.feeInterestDenominator()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meta", meta);
        out.put("block", body);
        return out;
    }

    /**
     * @param payload a transaction's bytes
     * @param plugins how plugins decode and show their bodies
     * @return its {@code transaction} object: the header fields and, when its plugin is present, its body's fields
     */
    static Map<String, Object> transaction(byte[] payload, PluginContributions plugins) {
        Transaction t = Transaction.decode(payload);
        TransactionHeader h = t.header();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("signature", h.signature().toHex());
        json.put("signer", h.signer().toHex());
        json.put("version", Integer.toUnsignedLong(h.version().raw())); // a uint32, as the SDK parses it
        json.put("type", h.type().value());
        json.put("maxFee", u64(h.maxFee()));
        json.put("deadline", u64(h.deadline().value()));
        json.put("size", h.size());
        plugins.transaction(h.type()).ifPresent(descriptor -> {
            Optional<TransactionJson<?>> writer = plugins.transactionJson(h.type());
            if (writer.isPresent()) {
                try {
                    Object body = descriptor.codec().decode(BinaryReader.of(t.body()), h.version().version());
                    json.putAll(write(writer.get(), body, h.version().version()));
                } catch (RuntimeException e) {
                    LOG.warn("The body of a {} transaction could not be shown: {}", h.type(), e.getMessage());
                }
            }
        });
        return json;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, Object> write(TransactionJson<T> writer, Object body, int version) {
        return writer.write((T) body, version);
    }

    /**
     * @return a {@code TransactionInfoDTO}; an aggregate's also lists its embedded transactions (each with an
     *     {@code AggregateTransactionInfo} meta) and its cosignatures, as js-xpx-chain-rest shows them
     */
    static Map<String, Object> transactionInfo(byte[] payload, Hash256 hash, Hash256 merkleComponentHash, long height,
            int index, PluginContributions plugins, Hash256 generationHash) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("height", u64(height));
        meta.put("hash", hash.toHex());
        meta.put("merkleComponentHash", merkleComponentHash.toHex());
        meta.put("index", index);
        String id = id(height, index, hash);
        meta.put("id", id);
        Map<String, Object> transaction = transaction(payload, plugins);
        TransactionHeader header = Transaction.decode(payload).header();
        if (EntityTypes.isAggregate(header.type())) {
            AggregateTransaction aggregate = AggregateTransaction.decode(payload);
            List<Map<String, Object>> inner = new ArrayList<>();
            int i = 0;
            for (EmbeddedTransaction embedded : aggregate.transactions()) {
                Map<String, Object> innerMeta = new LinkedHashMap<>();
                innerMeta.put("height", u64(height));
                innerMeta.put("aggregateHash", hash.toHex());
                innerMeta.put("aggregateId", id);
                innerMeta.put("index", i);
                innerMeta.put("id", id + String.format("%04X", i));
                innerMeta.put("uniqueAggregateHash", EntityHasher.innerTransactionHash(embedded, header.deadline(),
                        generationHash).toHex());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("meta", innerMeta);
                item.put("transaction", embedded(embedded, plugins));
                inner.add(item);
                i++;
            }
            transaction.put("transactions", inner);
            List<Map<String, Object>> cosignatures = new ArrayList<>();
            boolean extended = EntityTypes.hasExtendedCosignatures(header.type());
            for (Cosignature c : aggregate.cosignatures()) {
                Map<String, Object> cosignature = new LinkedHashMap<>();
                cosignature.put("signer", c.signer().toHex());
                cosignature.put("signature", c.signature().toHex());
                if (extended) {
                    cosignature.put("scheme", c.scheme().code());
                }
                cosignatures.add(cosignature);
            }
            transaction.put("cosignatures", cosignatures);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meta", meta);
        out.put("transaction", transaction);
        return out;
    }

    /**
     * @param payload a transaction's bytes
     * @param hash its hash
     * @return its leaf in a block's transactions tree: the hash, or for an aggregate the hash and its cosigners
     */
    static Hash256 merkleComponentHash(byte[] payload, Hash256 hash) {
        if (!EntityTypes.isAggregate(Transaction.decode(payload).header().type())) {
            return hash;
        }
        return EntityHasher.merkleComponentHash(hash, AggregateTransaction.decode(payload).cosignatures().stream()
                .map(Cosignature::signer).toList());
    }

    /** An embedded transaction's {@code transaction} object: its header fields and its plugin's fields. */
    private static Map<String, Object> embedded(EmbeddedTransaction embedded, PluginContributions plugins) {
        EmbeddedTransactionHeader h = embedded.header();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("signer", h.signer().toHex());
        json.put("version", Integer.toUnsignedLong(h.version().raw()));
        json.put("type", h.type().value());
        plugins.transaction(h.type()).ifPresent(descriptor -> {
            Optional<TransactionJson<?>> writer = plugins.transactionJson(h.type());
            if (writer.isPresent()) {
                try {
                    Object body = descriptor.codec().decode(BinaryReader.of(embedded.body()), h.version().version());
                    json.putAll(write(writer.get(), body, h.version().version()));
                } catch (RuntimeException e) {
                    LOG.warn("The body of an embedded {} transaction could not be shown: {}", h.type(), e.getMessage());
                }
            }
        });
        return json;
    }

    /**
     * A stable id in place of js-xpx-chain-rest's database ids: 24 hex characters from the height and index
     * (confirmed) or the hash (unconfirmed).
     */
    static String id(long height, int index, Hash256 hash) {
        if (height == 0) {
            return hash.toHex().substring(0, 24);
        }
        return String.format("%016X%08X", height, index);
    }

    static Map<String, Object> account(AccountState account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", account.address().toHex());
        json.put("addressHeight", u64(account.addressHeight().value()));
        json.put("publicKey", account.publicKey().map(PublicKey::toHex).orElse(ZERO_KEY));
        json.put("publicKeyHeight", u64(account.publicKeyHeight().value()));
        json.put("accountType", account.type().code());
        json.put("linkedAccountKey", account.linkedAccountKey().map(PublicKey::toHex).orElse(ZERO_KEY));
        List<Map<String, Object>> mosaics = new ArrayList<>();
        for (Map.Entry<MosaicId, Amount> e : account.balances().entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u64(e.getKey().value()));
            m.put("amount", u64(e.getValue().value()));
            mosaics.add(m);
        }
        json.put("mosaics", mosaics);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meta", Map.of());
        out.put("account", json);
        return out;
    }
}
