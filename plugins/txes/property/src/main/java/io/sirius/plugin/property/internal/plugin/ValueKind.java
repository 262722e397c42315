package io.sirius.plugin.property.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hex;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.property.model.AddressPropertyTransaction;
import io.sirius.plugin.property.model.ModifyAddressPropertyNotification;
import io.sirius.plugin.property.model.ModifyAddressPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyNotification;
import io.sirius.plugin.property.model.ModifyMosaicPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyPropertyNotification;
import io.sirius.plugin.property.model.ModifyPropertyValueNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyNotification;
import io.sirius.plugin.property.model.ModifyTransactionTypePropertyValueNotification;
import io.sirius.plugin.property.model.MosaicPropertyTransaction;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTransaction;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.property.model.TransactionTypePropertyTransaction;
import io.sirius.plugin.property.state.PropertyValue;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the three property transactions: the kind of value (an address, a mosaic id, a transaction
 * type), how it is written, resolved and shown, and the classes of the body and the notifications. Everything else (the
 * codec, the handler, the rules, the observer) is written once over a kind.
 *
 * @param <V> the type of the values
 * @param <T> the body
 * @param <N> the notification of all modifications
 * @param <M> the notification of one modification
 */
public abstract sealed class ValueKind<V, T extends PropertyTransaction<V>, N extends ModifyPropertyNotification<V>,
        M extends ModifyPropertyValueNotification<V>> {

    /** Addresses (Address_Property). */
    public static final Addresses ADDRESS = new Addresses();
    /** Mosaic ids (Mosaic_Property). */
    public static final Mosaics MOSAIC = new Mosaics();
    /** Transaction types (Transaction_Type_Property). */
    public static final TransactionTypes TRANSACTION_TYPE = new TransactionTypes();

    private ValueKind() {
    }

    /** @return the name Sirius gives the kind in its validator and observer names, e.g. {@code Address} */
    public abstract String name();

    /** @return the transaction type */
    public abstract EntityType transactionType();

    /** @return the property's value type ({@link PropertyType}) */
    public abstract int valueType();

    /** @return the size of a value on the wire */
    public abstract int size();

    /** @return the body's class */
    public abstract Class<T> bodyType();

    /** @return the class of the notification of all modifications */
    public abstract Class<N> modificationsType();

    /** @return the class of the notification of one modification */
    public abstract Class<M> valueModificationType();

    /**
     * @param in the body
     * @return a value
     */
    public abstract V read(BinaryReader in);

    /**
     * @param value a value
     * @param out where its bytes go
     */
    public abstract void write(V value, BinaryWriter out);

    /**
     * @param propertyType the raw property type byte
     * @param modifications the modifications
     * @return the body
     */
    public abstract T body(int propertyType, List<PropertyModification<V>> modifications);

    /**
     * @param signer the signer
     * @param body the body
     * @return the notification of all modifications
     */
    public abstract N modifications(PublicKey signer, T body);

    /**
     * @param signer the signer
     * @param propertyType the raw property type byte
     * @param modification one modification
     * @return its notification
     */
    public abstract M valueModification(PublicKey signer, int propertyType, PropertyModification<V> modification);

    /**
     * @param value a value as the transaction names it
     * @return its bytes as named (an alias stays an alias), to tell repeated modifications apart as Sirius does
     */
    public abstract PropertyValue unresolved(V value);

    /**
     * @param value a value as the transaction names it
     * @param resolvers the alias resolution
     * @return the value the property stores, or empty for an alias no active namespace resolves
     */
    public abstract Optional<PropertyValue> resolve(V value, Resolvers resolvers);

    /**
     * @param value a value as the transaction names it
     * @return its JSON as REST shows it
     */
    public abstract Object json(V value);

    /** Addresses. */
    public static final class Addresses extends ValueKind<UnresolvedAddress, AddressPropertyTransaction,
            ModifyAddressPropertyNotification, ModifyAddressPropertyValueNotification> {
        @Override
        public String name() {
            return "Address";
        }

        @Override
        public EntityType transactionType() {
            return PropertyTypes.ADDRESS_PROPERTY;
        }

        @Override
        public int valueType() {
            return PropertyType.ADDRESS;
        }

        @Override
        public int size() {
            return UnresolvedAddress.SIZE;
        }

        @Override
        public Class<AddressPropertyTransaction> bodyType() {
            return AddressPropertyTransaction.class;
        }

        @Override
        public Class<ModifyAddressPropertyNotification> modificationsType() {
            return ModifyAddressPropertyNotification.class;
        }

        @Override
        public Class<ModifyAddressPropertyValueNotification> valueModificationType() {
            return ModifyAddressPropertyValueNotification.class;
        }

        @Override
        public UnresolvedAddress read(BinaryReader in) {
            return UnresolvedAddress.of(in.readBytes(UnresolvedAddress.SIZE, "Value"));
        }

        @Override
        public void write(UnresolvedAddress value, BinaryWriter out) {
            out.writeBytes(value.bytes());
        }

        @Override
        public AddressPropertyTransaction body(int propertyType, List<PropertyModification<UnresolvedAddress>> modifications) {
            return new AddressPropertyTransaction(propertyType, modifications);
        }

        @Override
        public ModifyAddressPropertyNotification modifications(PublicKey signer, AddressPropertyTransaction body) {
            return new ModifyAddressPropertyNotification(signer, body.propertyType(), body.modifications());
        }

        @Override
        public ModifyAddressPropertyValueNotification valueModification(PublicKey signer, int propertyType,
                PropertyModification<UnresolvedAddress> modification) {
            return new ModifyAddressPropertyValueNotification(signer, propertyType, modification);
        }

        @Override
        public PropertyValue unresolved(UnresolvedAddress value) {
            return PropertyValue.of(value.bytes());
        }

        @Override
        public Optional<PropertyValue> resolve(UnresolvedAddress value, Resolvers resolvers) {
            return resolvers.resolve(value).map(PropertyValue::of);
        }

        @Override
        public Object json(UnresolvedAddress value) {
            return Hex.encode(value.bytes());
        }
    }

    /** Mosaic ids. */
    public static final class Mosaics extends ValueKind<UnresolvedMosaicId, MosaicPropertyTransaction,
            ModifyMosaicPropertyNotification, ModifyMosaicPropertyValueNotification> {
        @Override
        public String name() {
            return "Mosaic";
        }

        @Override
        public EntityType transactionType() {
            return PropertyTypes.MOSAIC_PROPERTY;
        }

        @Override
        public int valueType() {
            return PropertyType.MOSAIC_ID;
        }

        @Override
        public int size() {
            return 8;
        }

        @Override
        public Class<MosaicPropertyTransaction> bodyType() {
            return MosaicPropertyTransaction.class;
        }

        @Override
        public Class<ModifyMosaicPropertyNotification> modificationsType() {
            return ModifyMosaicPropertyNotification.class;
        }

        @Override
        public Class<ModifyMosaicPropertyValueNotification> valueModificationType() {
            return ModifyMosaicPropertyValueNotification.class;
        }

        @Override
        public UnresolvedMosaicId read(BinaryReader in) {
            return new UnresolvedMosaicId(in.readI64("Value"));
        }

        @Override
        public void write(UnresolvedMosaicId value, BinaryWriter out) {
            out.writeI64(value.value());
        }

        @Override
        public MosaicPropertyTransaction body(int propertyType, List<PropertyModification<UnresolvedMosaicId>> modifications) {
            return new MosaicPropertyTransaction(propertyType, modifications);
        }

        @Override
        public ModifyMosaicPropertyNotification modifications(PublicKey signer, MosaicPropertyTransaction body) {
            return new ModifyMosaicPropertyNotification(signer, body.propertyType(), body.modifications());
        }

        @Override
        public ModifyMosaicPropertyValueNotification valueModification(PublicKey signer, int propertyType,
                PropertyModification<UnresolvedMosaicId> modification) {
            return new ModifyMosaicPropertyValueNotification(signer, propertyType, modification);
        }

        @Override
        public PropertyValue unresolved(UnresolvedMosaicId value) {
            return PropertyValue.of(new io.sirius.api.model.MosaicId(value.value()));
        }

        @Override
        public Optional<PropertyValue> resolve(UnresolvedMosaicId value, Resolvers resolvers) {
            return resolvers.resolve(value).map(PropertyValue::of);
        }

        @Override
        public Object json(UnresolvedMosaicId value) {
            return new Uint64(value.value());
        }
    }

    /** Transaction types. */
    public static final class TransactionTypes extends ValueKind<EntityType, TransactionTypePropertyTransaction,
            ModifyTransactionTypePropertyNotification, ModifyTransactionTypePropertyValueNotification> {
        @Override
        public String name() {
            return "TransactionType";
        }

        @Override
        public EntityType transactionType() {
            return PropertyTypes.TRANSACTION_TYPE_PROPERTY;
        }

        @Override
        public int valueType() {
            return PropertyType.TRANSACTION_TYPE;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public Class<TransactionTypePropertyTransaction> bodyType() {
            return TransactionTypePropertyTransaction.class;
        }

        @Override
        public Class<ModifyTransactionTypePropertyNotification> modificationsType() {
            return ModifyTransactionTypePropertyNotification.class;
        }

        @Override
        public Class<ModifyTransactionTypePropertyValueNotification> valueModificationType() {
            return ModifyTransactionTypePropertyValueNotification.class;
        }

        @Override
        public EntityType read(BinaryReader in) {
            return new EntityType(in.readU16("Value"));
        }

        @Override
        public void write(EntityType value, BinaryWriter out) {
            out.writeU16(value.value());
        }

        @Override
        public TransactionTypePropertyTransaction body(int propertyType, List<PropertyModification<EntityType>> modifications) {
            return new TransactionTypePropertyTransaction(propertyType, modifications);
        }

        @Override
        public ModifyTransactionTypePropertyNotification modifications(PublicKey signer,
                TransactionTypePropertyTransaction body) {
            return new ModifyTransactionTypePropertyNotification(signer, body.propertyType(), body.modifications());
        }

        @Override
        public ModifyTransactionTypePropertyValueNotification valueModification(PublicKey signer, int propertyType,
                PropertyModification<EntityType> modification) {
            return new ModifyTransactionTypePropertyValueNotification(signer, propertyType, modification);
        }

        @Override
        public PropertyValue unresolved(EntityType value) {
            return PropertyValue.of(value);
        }

        @Override
        public Optional<PropertyValue> resolve(EntityType value, Resolvers resolvers) {
            return Optional.of(PropertyValue.of(value));
        }

        @Override
        public Object json(EntityType value) {
            return value.value();
        }
    }
}
