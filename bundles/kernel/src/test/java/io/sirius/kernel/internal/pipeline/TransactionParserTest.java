package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.Declarations;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.core.CoreSystem;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.plugin.transfer.model.TransferTransaction;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Untrusted transaction bytes become a parsed transaction with its hashes, or a rejection (a type or version no
 * active plugin handles), or a DecodeException (malformed bytes, trailing bytes).
 */
class TransactionParserTest {
    private static final EntityType AGGREGATE = new EntityType(0x4141);
    private static final EntityType TOP_LEVEL_ONLY = new EntityType(0x41F0);

    @TempDir
    static Path directory;
    static CoreFixture fixture;
    static TransactionParser parser;
    final KeyPair sender = CoreFixture.key(40);
    final Address recipient = CoreFixture.address(CoreFixture.key(41).publicKey());

    /** Reads an aggregate's body as raw bytes, the way a plugin's codec would read it. */
    static final class RawCodec implements TransactionCodec<byte[]> {
        @Override
        public byte[] decode(BinaryReader body, int version) {
            return body.readBytes(body.remaining(), "body");
        }

        @Override
        public void encode(byte[] body, BinaryWriter out, int version) {
            out.writeBytes(body);
        }
    }

    /** Publishes each embedded transaction's notifications, as an aggregate plugin does. */
    static void publishInner(byte[] body, TransactionContext context, NotificationSink sink) {
        int payloadSize = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        int offset = 4;
        while (offset < 4 + payloadSize) {
            int size = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
            context.publishEmbedded(EmbeddedTransaction.decode(body, offset, size), sink);
            offset += size;
        }
    }

    @BeforeAll
    static void open() {
        PluginDeclaration aggregates = new PluginDeclaration("aggregate", List.of(), List.of(new TransactionDescriptor<>(
                "AggregateComplete", AGGREGATE, 2, 3, false, byte[].class, new RawCodec(),
                TransactionParserTest::publishInner), new TransactionDescriptor<>("TopLevelOnly", TOP_LEVEL_ONLY, 1, 1, false,
                byte[].class, new RawCodec(), (body, context, sink) -> { })),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of());
        fixture = CoreFixture.open(directory, CoreFixture.devnetConfig(t -> t),
                List.of(Declarations.of(new TransferPlugin()), aggregates));
        parser = new TransactionParser(fixture.identity().generationHash());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private byte[] transfer() {
        return TransferPayloads.transfer(CoreFixture.NETWORK, sender, recipient, CoreFixture.CURRENCY, new Amount(5_000),
                new byte[] {0, 'h', 'i'}, 20_000, new Timestamp(9_000_000), fixture.identity().generationHash(),
                new EntitySigner(fixture.ed25519()));
    }

    private static void putU32(byte[] payload, int offset, int value) {
        ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    }

    @Test
    void aTransferParsesWithItsHashes() {
        // Arrange
        byte[] payload = transfer();
        byte[] copy = payload.clone();

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertTrue(outcome.ok());
        assertNull(outcome.rejection());
        ParsedTransaction tx = outcome.transaction();
        assertEquals(sender.publicKey(), tx.header().signer());
        assertEquals(TransferPayloads.TRANSFER, tx.header().type());
        assertEquals(payload.length, tx.size());
        assertEquals("Transfer", tx.descriptor().name());
        TransferTransaction body = (TransferTransaction) tx.body();
        assertEquals(recipient.toUnresolved(), body.recipient());
        assertEquals(EntityHasher.transactionHash(copy, fixture.identity().generationHash()), tx.hash());
        assertEquals(tx.hash(), tx.merkleHash(), "a plain transaction's Merkle leaf is its hash");
        assertArrayEquals(EntityHasher.signingBytes(copy, fixture.identity().generationHash()), tx.signingBytes());
        assertTrue(fixture.ed25519().verify(sender.publicKey(), DerivationScheme.UNSET, tx.signingBytes(),
                tx.header().signature()), "the signing bytes are what the signer signed");
    }

    @Test
    void aTypeNoActivePluginHandlesIsRefused() {
        // Arrange: the same transfer at a height where the transfer plugin is not active
        ActivePlugins coreOnly = new ActivePlugins(List.of(CoreSystem.declaration(fixture.ed25519())));
        byte[] payload = transfer();

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, coreOnly);

        // Assert
        assertFalse(outcome.ok());
        assertEquals(CoreResults.INVALID_VERSION, outcome.rejection().code());
        assertTrue(outcome.rejection().detail().contains("no active plugin handles transaction type"),
                outcome.rejection().detail());
    }

    @Test
    void anUnknownTransactionTypeIsRefused() {
        // Arrange: a namespace registration (0x414E), which no plugin here handles
        byte[] payload = transfer();
        ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).putShort(TransactionHeader.TYPE_OFFSET, (short) 0x414E);

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertEquals(CoreResults.INVALID_VERSION, outcome.rejection().code());
        assertTrue(outcome.rejection().detail().contains(new EntityType(0x414E).toString()), outcome.rejection().detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 0xFFFF})
    void aVersionThePluginDoesNotUnderstandIsRefused(int version) {
        // Arrange: transfer's codec understands version 3 only
        byte[] payload = transfer();
        putU32(payload, TransactionHeader.VERSION_OFFSET, VersionField.of(CoreFixture.NETWORK, DerivationScheme.UNSET, version)
                .raw());

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertNull(outcome.transaction());
        assertEquals(CoreResults.INVALID_VERSION, outcome.rejection().code());
        assertEquals("Transfer version " + version + " is not understood (plugin handles 3..3)", outcome.rejection().detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 99, TransactionHeader.SIZE - 1})
    void aTruncatedHeaderIsMalformed(int length) {
        // Arrange
        byte[] payload = Arrays.copyOf(transfer(), length);

        // Act / Assert
        assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1})
    void aSizeFieldThatIsNotTheLengthIsMalformed(int difference) {
        // Arrange
        byte[] payload = transfer();
        putU32(payload, 0, payload.length + difference);

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));

        // Assert
        assertNotNull(e.getMessage());
    }

    @Test
    void aBlockTypeIsNotATransaction() {
        // Arrange
        byte[] payload = transfer();
        ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).putShort(TransactionHeader.TYPE_OFFSET,
                (short) EntityType.BLOCK.value());

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));

        // Assert
        assertTrue(e.getMessage().contains("is not a transaction type"), e.getMessage());
    }

    @Test
    void aTruncatedBodyIsMalformedNamingTheField() {
        // Arrange: cut inside the mosaic (8-byte id, 8-byte amount) and fix the size
        byte[] full = transfer();
        byte[] payload = Arrays.copyOf(full, full.length - 4);
        putU32(payload, 0, payload.length);

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));

        // Assert
        assertTrue(e.getMessage().contains("Mosaic"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 16})
    void trailingBytesAfterTheBodyAreMalformed(int extra) {
        // Arrange
        byte[] full = transfer();
        byte[] payload = Arrays.copyOf(full, full.length + extra);
        putU32(payload, 0, payload.length);

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));

        // Assert
        assertTrue(e.getMessage().startsWith("Transfer body has " + extra + " unexpected trailing bytes"), e.getMessage());
    }

    private byte[] aggregate(List<Cosignature> cosignatures) {
        return aggregate(List.of(), cosignatures);
    }

    private byte[] aggregate(List<EmbeddedTransaction> inner, List<Cosignature> cosignatures) {
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE, Signature.ZERO, CoreFixture.key(43).publicKey(),
                VersionField.of(CoreFixture.NETWORK, DerivationScheme.UNSET, 2), AGGREGATE, 1_000, new Timestamp(9_000_000));
        return AggregateTransaction.of(header, inner, cosignatures).encode();
    }

    private EmbeddedTransaction embeddedTransfer() {
        return EmbeddedTransaction.of(Transaction.decode(transfer()));
    }

    private static EmbeddedTransaction embedded(EntityType type, int version, byte[] body) {
        return new EmbeddedTransaction(new EmbeddedTransactionHeader(EmbeddedTransactionHeader.SIZE + body.length,
                CoreFixture.key(42).publicKey(), VersionField.of(CoreFixture.NETWORK, DerivationScheme.UNSET, version), type),
                body);
    }

    @Test
    void anEmbeddedTransactionIsPublishedByItsOwnPluginWithItsOwnSigner() {
        // Arrange
        EmbeddedTransaction inner = embeddedTransfer();
        byte[] payload = aggregate(List.of(inner), List.of());
        ParsedTransaction tx = parser.parse(payload, fixture.plugins()).transaction();
        List<Notification> published = new ArrayList<>();

        // Act
        TransactionProcessor.notifications(tx, fixture.environment(9, 5_000), null).forEach(published::add);

        // Assert
        BalanceTransferNotification transfer = published.stream().filter(BalanceTransferNotification.class::isInstance)
                .map(BalanceTransferNotification.class::cast).findFirst().orElseThrow();
        assertEquals(sender.publicKey(), transfer.sender(), "the embedded transfer's signer pays, not the aggregate's");
        assertEquals(recipient.toUnresolved(), transfer.recipient());
        assertEquals(5_000, transfer.amount().value());
    }

    @Test
    void anEmbeddedTypeNoActivePluginHandlesIsRefused() {
        // Arrange
        byte[] payload = aggregate(List.of(embeddedTransfer(), embedded(new EntityType(0x4E99), 1, new byte[3])), List.of());

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertEquals(CoreResults.INVALID_VERSION, outcome.rejection().code());
        assertTrue(outcome.rejection().detail().startsWith("embedded transaction 1: no active plugin"),
                outcome.rejection().detail());
    }

    @Test
    void aTopLevelOnlyTypeCannotBeEmbedded() {
        // Arrange
        byte[] payload = aggregate(List.of(embedded(TOP_LEVEL_ONLY, 1, new byte[2])), List.of());

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertEquals(CoreResults.CONSUMER_MALFORMED, outcome.rejection().code());
        assertTrue(outcome.rejection().detail().contains("TopLevelOnly cannot be embedded"), outcome.rejection().detail());
    }

    @Test
    void anEmbeddedVersionThePluginDoesNotUnderstandIsRefused() {
        // Arrange
        EmbeddedTransaction transfer = embeddedTransfer();
        byte[] payload = aggregate(List.of(embedded(transfer.header().type(), 9, transfer.body())), List.of());

        // Act
        TransactionParser.Outcome outcome = parser.parse(payload, fixture.plugins());

        // Assert
        assertEquals(CoreResults.INVALID_VERSION, outcome.rejection().code());
        assertTrue(outcome.rejection().detail().contains("Transfer version 9 is not understood"), outcome.rejection().detail());
    }

    @Test
    void aMalformedEmbeddedBodyIsMalformedNamingTheTransaction() {
        // Arrange: a transfer body cut short
        EmbeddedTransaction transfer = embeddedTransfer();
        byte[] payload = aggregate(List.of(embedded(transfer.header().type(), transfer.header().version().version(),
                Arrays.copyOf(transfer.body(), 20))), List.of());

        // Act
        DecodeException e = assertThrows(DecodeException.class, () -> parser.parse(payload, fixture.plugins()));

        // Assert
        assertNotNull(e.getMessage());
    }

    private static Cosignature cosignature(int seed) {
        return new Cosignature(DerivationScheme.UNSET, CoreFixture.key(seed).publicKey(),
                Signature.of(CoreFixture.bytes(64, seed)));
    }

    @Test
    void anAggregatesMerkleLeafCoversItsCosignersButItsHashDoesNot() {
        // Arrange
        List<Cosignature> cosignatures = List.of(cosignature(50), cosignature(51));
        byte[] payload = aggregate(cosignatures);
        byte[] otherSignatures = aggregate(List.of(new Cosignature(DerivationScheme.UNSET, cosignatures.get(0).signer(),
                Signature.of(CoreFixture.bytes(64, 99))), cosignatures.get(1)));

        // Act
        ParsedTransaction tx = parser.parse(payload, fixture.plugins()).transaction();
        ParsedTransaction resigned = parser.parse(otherSignatures, fixture.plugins()).transaction();

        // Assert
        List<PublicKey> cosigners = List.of(cosignatures.get(0).signer(), cosignatures.get(1).signer());
        assertEquals(EntityHasher.merkleComponentHash(tx.hash(), cosigners), tx.merkleHash());
        assertEquals(tx.hash(), resigned.hash(), "cosignatures are not part of the hash");
        assertEquals(tx.merkleHash(), resigned.merkleHash(), "the leaf covers the cosigners, not their signatures");
        assertSame(AGGREGATE, tx.descriptor().type());
    }
}
