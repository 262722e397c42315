package io.sirius.kernel.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceAddressCreditNotification;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.BalanceTransferNotification;
import io.sirius.api.resolver.MosaicResolver;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.pipeline.CoreFixture;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sender of a transfer and the account of a debit must hold the amount, after mosaic aliases resolve.
 */
class BalanceValidatorsTest {
    private static final long BALANCE = 1_000_000;
    private static final MosaicId OTHER = new MosaicId(0x1111_2222_3333_4444L);
    /** An alias a test plugin resolves to the currency. */
    private static final UnresolvedMosaicId CURRENCY_ALIAS = new UnresolvedMosaicId(0xBC26_E2B9_6B46_6E06L);
    /** An alias nobody resolves. */
    private static final UnresolvedMosaicId UNKNOWN_ALIAS = new UnresolvedMosaicId(0x8000_0000_0000_0001L);

    /** Which of the two validators. */
    enum Kind {
        TRANSFER, DEBIT
    }

    @TempDir
    Path directory;
    CoreFixture fixture;
    final PublicKey sender = CoreFixture.key(1).publicKey();
    final Address senderAddress = CoreFixture.address(sender);

    @BeforeEach
    void open() {
        MosaicResolver resolver = (id, state) -> id.equals(CURRENCY_ALIAS) ? Optional.of(CoreFixture.CURRENCY) : Optional.empty();
        PluginDeclaration aliases = new PluginDeclaration("aliases", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(resolver), List.of(), java.util.Map.of());
        fixture = CoreFixture.open(directory, CoreFixture.devnetConfig(t -> t), List.of(aliases));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void fund(MosaicId mosaic, long amount) {
        fixture.put(AccountState.create(senderAddress, new Height(1)).withBalance(mosaic, new Amount(amount)));
    }

    private ResultCode validate(Kind kind, UnresolvedMosaicId mosaic, long amount) {
        if (kind == Kind.TRANSFER) {
            BalanceTransferNotification n = new BalanceTransferNotification(sender,
                    CoreFixture.address(CoreFixture.key(2).publicKey()).toUnresolved(), mosaic, new Amount(amount));
            return new BalanceValidators.Transfer().validate(n, fixture.stateful(5, 1_000));
        }
        return new BalanceValidators.Debit().validate(new BalanceDebitNotification(sender, mosaic, new Amount(amount)),
                fixture.stateful(5, 1_000));
    }

    private static UnresolvedMosaicId currency() {
        return new UnresolvedMosaicId(CoreFixture.CURRENCY.value());
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, BALANCE - 1, ResultCodes.SUCCESS),
                Arguments.of(kind, BALANCE, ResultCodes.SUCCESS),
                Arguments.of(kind, BALANCE + 1, CoreResults.INSUFFICIENT_BALANCE)));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void theSenderMustHoldTheAmount(Kind kind, long amount, ResultCode expected) {
        // Arrange
        fund(CoreFixture.CURRENCY, BALANCE);

        // Act
        ResultCode result = validate(kind, currency(), amount);

        // Assert
        assertEquals(expected, result);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nothingIsAlwaysAffordableEvenWithoutAnAccount(Kind kind) {
        // Act
        ResultCode result = validate(kind, UNKNOWN_ALIAS, 0);

        // Assert
        assertEquals(ResultCodes.SUCCESS, result);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnknownAccountHoldsNothing(Kind kind) {
        // Act
        ResultCode result = validate(kind, currency(), 1);

        // Assert
        assertEquals(CoreResults.INSUFFICIENT_BALANCE, result);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBalanceOfAnotherMosaicDoesNotCount(Kind kind) {
        // Arrange
        fund(OTHER, BALANCE);

        // Act
        ResultCode currencyResult = validate(kind, currency(), 1);
        ResultCode otherResult = validate(kind, new UnresolvedMosaicId(OTHER.value()), BALANCE);

        // Assert
        assertEquals(CoreResults.INSUFFICIENT_BALANCE, currencyResult);
        assertEquals(ResultCodes.SUCCESS, otherResult);
    }

    static Stream<Arguments> aliasBoundaries() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, BALANCE, ResultCodes.SUCCESS),
                Arguments.of(kind, BALANCE + 1, CoreResults.INSUFFICIENT_BALANCE)));
    }

    @ParameterizedTest
    @MethodSource("aliasBoundaries")
    void anAliasIsResolvedByTheActivePluginsBeforeTheCheck(Kind kind, long amount, ResultCode expected) {
        // Arrange
        fund(CoreFixture.CURRENCY, BALANCE);

        // Act
        ResultCode result = validate(kind, CURRENCY_ALIAS, amount);

        // Assert
        assertEquals(expected, result);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAliasNobodyResolvesFails(Kind kind) {
        // Arrange
        fund(CoreFixture.CURRENCY, BALANCE);

        // Act
        ResultCode result = validate(kind, UNKNOWN_ALIAS, 1);

        // Assert
        assertEquals(CoreResults.INSUFFICIENT_BALANCE, result);
    }

    static Stream<Arguments> unsignedBoundaries() {
        BigInteger balance = BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(5));
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(
                Arguments.of(kind, balance, Long.MAX_VALUE, ResultCodes.SUCCESS),
                Arguments.of(kind, balance, balance.longValue(), ResultCodes.SUCCESS),
                Arguments.of(kind, balance, balance.add(BigInteger.ONE).longValue(), CoreResults.INSUFFICIENT_BALANCE),
                Arguments.of(kind, balance, -1L, CoreResults.INSUFFICIENT_BALANCE)));
    }

    @ParameterizedTest
    @MethodSource("unsignedBoundaries")
    void balancesAndAmountsCompareUnsigned(Kind kind, BigInteger balance, long amount, ResultCode expected) {
        // Arrange
        fund(CoreFixture.CURRENCY, balance.longValue());

        // Act
        ResultCode result = validate(kind, currency(), amount);

        // Assert
        assertEquals(expected, result);
    }

    @Test
    void aTransferToAnAliasNobodyResolvesIsRefusedBeforeItCanReachAnObserver() {
        // Arrange
        fund(CoreFixture.CURRENCY, BALANCE);
        UnresolvedAddress alias = UnresolvedAddress.alias(CoreFixture.NETWORK, new NamespaceId(0x8000_0000_0000_0042L));

        // Act
        ResultCode result = new BalanceValidators.Transfer().validate(new BalanceTransferNotification(sender, alias,
                currency(), new Amount(1)), fixture.stateful(5, 1_000));

        // Assert
        assertEquals(CoreResults.INVALID_ADDRESS, result);
    }

    @Test
    void aCreditByAddressNeedsAnAccountAndAMosaicThatResolve() {
        // Arrange
        BalanceValidators.AddressCredit validator = new BalanceValidators.AddressCredit();
        UnresolvedAddress plain = CoreFixture.address(CoreFixture.key(3).publicKey()).toUnresolved();
        UnresolvedAddress alias = UnresolvedAddress.alias(CoreFixture.NETWORK, new NamespaceId(0x8000_0000_0000_0042L));

        // Act
        ResultCode ok = validator.validate(new BalanceAddressCreditNotification(plain, CURRENCY_ALIAS, new Amount(5)),
                fixture.stateful(5, 1_000));
        ResultCode unknownAccount = validator.validate(new BalanceAddressCreditNotification(alias, currency(),
                new Amount(5)), fixture.stateful(5, 1_000));
        ResultCode unknownMosaic = validator.validate(new BalanceAddressCreditNotification(plain, UNKNOWN_ALIAS,
                new Amount(5)), fixture.stateful(5, 1_000));

        // Assert
        assertEquals(ResultCodes.SUCCESS, ok);
        assertEquals(CoreResults.INVALID_ADDRESS, unknownAccount);
        assertEquals(ResultCodes.FAILURE, unknownMosaic);
    }
}
