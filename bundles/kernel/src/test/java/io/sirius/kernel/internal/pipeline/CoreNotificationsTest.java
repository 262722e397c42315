package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.model.VersionField;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.notification.EntityNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.notification.TransactionDeadlineNotification;
import io.sirius.api.notification.TransactionFeeNotification;
import io.sirius.api.notification.TransactionNotification;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.Declarations;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import io.sirius.plugin.transfer.model.TransferMessageNotification;
import io.sirius.plugin.transfer.model.TransferMosaicsNotification;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fee a block charges (feeMultiplier x size x feeInterest / feeInterestDenominator, unsigned 64-bit), and the
 * kernel's own notifications every transaction publishes ahead of its plugin's.
 */
class CoreNotificationsTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @TempDir
    static Path directory;
    static CoreFixture fixture;

    @BeforeAll
    static void open() {
        fixture = CoreFixture.open(directory, CoreFixture.devnetConfig(t -> t), List.of(Declarations.of(new TransferPlugin())));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A parsed transaction of {@code size} bytes; only the size and the max fee matter to the fee. */
    private static ParsedTransaction sized(int size, long maxFee) {
        TransactionHeader header = new TransactionHeader(size, Signature.ZERO, PublicKey.ZERO,
                VersionField.of(CoreFixture.NETWORK, DerivationScheme.UNSET, 3), TransferPayloads.TRANSFER, maxFee,
                new Timestamp(1));
        return new ParsedTransaction(new byte[size], header, null, null, null, null, new byte[0]);
    }

    private static BigInteger unsigned(int value) {
        return BigInteger.valueOf(Integer.toUnsignedLong(value));
    }

    static Stream<Arguments> fees() {
        int max = -1; // 2^32 - 1
        int half = Integer.MIN_VALUE; // 2^31
        return Stream.of(
                Arguments.of(100, 200, 1, 1),
                Arguments.of(1, 122, 1, 2),
                Arguments.of(3, 123, 1, 2),
                Arguments.of(7, 333, 2, 3),
                Arguments.of(0, 200, 1, 1),
                Arguments.of(10, 200, 0, 1),
                Arguments.of(max, 1_000, 1, 1),
                Arguments.of(max, 200, max, max),
                Arguments.of(max, 200, half, half),
                Arguments.of(max, 200, 1, half),
                Arguments.of(1_000, 200, half, max),
                Arguments.of(max, 1 << 20, max, 7),
                Arguments.of(max, 1 << 20, max, max),
                Arguments.of(12_345, 4_096, 99, 100));
    }

    @ParameterizedTest(name = "multiplier {0} x size {1} x {2} / {3}")
    @MethodSource("fees")
    void theFeeIsUnsignedSixtyFourBitArithmetic(int multiplier, int size, int interest, int denominator) {
        // Arrange: the product wraps modulo 2^64 as an unsigned 64-bit product does; all parts are unsigned
        BigInteger product = unsigned(multiplier).multiply(BigInteger.valueOf(size)).multiply(unsigned(interest)).mod(TWO_TO_64);
        BigInteger expected = product.divide(unsigned(denominator));

        // Act
        Amount fee = CoreNotifications.fee(new BlockFees(multiplier, interest, denominator), sized(size, 0));

        // Assert
        assertEquals(expected, new BigInteger(Long.toUnsignedString(fee.value())));
    }

    @Test
    void aZeroDenominatorCountsAsOne() {
        // Act
        Amount fee = CoreNotifications.fee(new BlockFees(10, 3, 0), sized(200, 0));

        // Assert
        assertEquals(10 * 200 * 3, fee.value());
    }

    @Test
    void anUnconfirmedTransactionIsChargedItsMaxFee() {
        // Act
        Amount fee = CoreNotifications.fee(null, sized(200, 123_456));
        Amount unsigned = CoreNotifications.fee(null, sized(200, -5));

        // Assert
        assertEquals(123_456, fee.value());
        assertEquals(-5, unsigned.value());
    }

    @Test
    void theKernelsNotificationsComeFirstInTheirOrderThenThePlugins() {
        // Arrange
        KeyPair sender = CoreFixture.key(60);
        Address recipient = CoreFixture.address(CoreFixture.key(61).publicKey());
        byte[] payload = TransferPayloads.transfer(CoreFixture.NETWORK, sender, recipient, CoreFixture.CURRENCY,
                new Amount(5_000), new byte[] {0, 'h', 'i'}, 20_000, new Timestamp(9_000_000),
                fixture.identity().generationHash(), new EntitySigner(fixture.ed25519()));
        ParsedTransaction tx = new TransactionParser(fixture.identity().generationHash()).parse(payload, fixture.plugins())
                .transaction();
        BlockFees fees = new BlockFees(2, 1, 2);
        Amount fee = CoreNotifications.fee(fees, tx);

        // Act
        List<Notification> notifications = TransactionProcessor.notifications(tx, fixture.environment(5, 1_000), fees);

        // Assert
        TransactionHeader h = tx.header();
        List<Class<?>> order = notifications.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(EntityNotification.class, TransactionNotification.class, TransactionDeadlineNotification.class,
                TransactionFeeNotification.class, AccountPublicKeyNotification.class, BalanceDebitNotification.class,
                SignatureNotification.class, AccountAddressNotification.class, AddressInteractionNotification.class,
                BalanceTransferNotification.class, TransferMessageNotification.class, TransferMosaicsNotification.class), order);
        assertEquals(new EntityNotification(CoreFixture.NETWORK.identifier(), TransferPayloads.TRANSFER, 3),
                notifications.get(0));
        assertEquals(new TransactionNotification(sender.publicKey(), tx.hash(), TransferPayloads.TRANSFER, h.deadline()),
                notifications.get(1));
        assertEquals(new TransactionDeadlineNotification(h.deadline(), Duration.ZERO), notifications.get(2));
        assertEquals(new TransactionFeeNotification(payload.length, fee, new Amount(20_000)), notifications.get(3));
        assertEquals(new AccountPublicKeyNotification(sender.publicKey()), notifications.get(4));
        assertEquals(new BalanceDebitNotification(sender.publicKey(), new UnresolvedMosaicId(CoreFixture.CURRENCY.value()), fee),
                notifications.get(5));
        SignatureNotification signature = (SignatureNotification) notifications.get(6);
        assertEquals(DerivationScheme.UNSET, signature.scheme());
        assertEquals(h.signature(), signature.signature());
        assertArrayEquals(tx.signingBytes(), signature.data());
    }

    @Test
    void anUnknownDerivationSchemeGivesASignatureNotificationWithoutScheme() {
        // Arrange: scheme byte 7 in the version field
        byte[] payload = TransferPayloads.transfer(CoreFixture.NETWORK, CoreFixture.key(60),
                CoreFixture.address(CoreFixture.key(61).publicKey()), CoreFixture.CURRENCY, new Amount(1), new byte[0], 0,
                new Timestamp(9_000_000), fixture.identity().generationHash(), new EntitySigner(fixture.ed25519()));
        ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).putInt(TransactionHeader.VERSION_OFFSET,
                new VersionField(CoreFixture.NETWORK.identifier(), 7, 3).raw());
        ParsedTransaction tx = new TransactionParser(fixture.identity().generationHash()).parse(payload, fixture.plugins())
                .transaction();

        // Act
        List<Notification> notifications = TransactionProcessor.notifications(tx, fixture.environment(5, 1_000), null);

        // Assert
        SignatureNotification signature = notifications.stream().filter(SignatureNotification.class::isInstance)
                .map(SignatureNotification.class::cast).findFirst().orElseThrow();
        assertNull(signature.scheme());
    }

    @Test
    void aTypeWithALifetimeOfItsOwnPublishesItWithItsDeadline() {
        // Arrange: the transfer type given a limit read from its config section, one that fails, one that is negative
        byte[] payload = TransferPayloads.transfer(CoreFixture.NETWORK, CoreFixture.key(60),
                CoreFixture.address(CoreFixture.key(61).publicKey()), CoreFixture.CURRENCY, new Amount(1), new byte[0], 0,
                new Timestamp(9_000_000), fixture.identity().generationHash(), new EntitySigner(fixture.ed25519()));
        ParsedTransaction tx = new TransactionParser(fixture.identity().generationHash()).parse(payload, fixture.plugins())
                .transaction();
        Duration fromConfig = Duration.ofMillis(fixture.environment(5, 1_000)
                .section(io.sirius.plugin.transfer.internal.config.TransferConfig.SECTION).maxMessageSize() * 1_000L);

        // Act
        Function<io.sirius.api.plugin.LifetimeLimit, Notification> deadline = limit -> TransactionProcessor.notifications(
                new ParsedTransaction(tx.payload(), tx.header(), tx.body(), tx.descriptor().withLifetime(limit), tx.hash(),
                        tx.merkleHash(), tx.signingBytes()), fixture.environment(5, 1_000), null).get(2);

        // Assert
        assertEquals(new TransactionDeadlineNotification(tx.header().deadline(), fromConfig), deadline.apply(config -> Duration
                .ofMillis(config.config(io.sirius.plugin.transfer.internal.config.TransferConfig.SECTION).maxMessageSize() * 1_000L)));
        assertEquals(new TransactionDeadlineNotification(tx.header().deadline(), Duration.ZERO), deadline.apply(config -> {
            throw new io.sirius.api.config.ConfigException("no section");
        }));
        assertEquals(new TransactionDeadlineNotification(tx.header().deadline(), Duration.ZERO),
                deadline.apply(config -> Duration.ofHours(-1)));
    }

    @Test
    void aBondedAggregateIsChargedWithoutItsCosignatures() {
        // Arrange: an aggregate of 126 header bytes, 50 payload bytes and one 96-byte cosignature
        for (int type : new int[] {0x4241, 0x4441, 0x4141}) {
            byte[] payload = new byte[126 + 50 + 96];
            ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).putInt(0, payload.length)
                    .putShort(TransactionHeader.TYPE_OFFSET, (short) type)
                    .putInt(io.sirius.api.entity.AggregateTransaction.PAYLOAD_SIZE_OFFSET, 50);
            TransactionHeader header = new TransactionHeader(payload.length, Signature.ZERO, PublicKey.ZERO,
                    VersionField.of(CoreFixture.NETWORK, DerivationScheme.UNSET, 3), new io.sirius.api.model.EntityType(type),
                    0, new Timestamp(1));
            ParsedTransaction tx = new ParsedTransaction(payload, header, null, null, null, null, new byte[0]);

            // Act
            Amount fee = CoreNotifications.fee(new BlockFees(10, 1, 1), tx);

            // Assert: bonded types (V1 and V2) pay for 176 bytes, a complete aggregate for all 272
            assertEquals(type == 0x4141 ? 2_720 : 1_760, fee.value(), Integer.toHexString(type));
        }
    }
}
