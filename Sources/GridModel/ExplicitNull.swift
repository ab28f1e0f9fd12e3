/// An optional property whose key JSON output writes as `null` when it is `nil` (Swift's synthesised `Codable` leaves
/// such a key out), so that readers see one shape whatever is set: `@ExplicitNull public var energyMWh: Double?` in a
/// type that keeps the synthesised coding. Decoding takes a missing key as `nil`, as for a plain optional.
@propertyWrapper
public struct ExplicitNull<Value: Codable>: Codable {
    /// The property's value.
    public var wrappedValue: Value?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    /// Decodes the value, `null` as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    /// Encodes the value, or `null` when it is `nil`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension ExplicitNull: Equatable where Value: Equatable {}

extension ExplicitNull: Sendable where Value: Sendable {}

extension KeyedDecodingContainer {
    /// Decodes an ``ExplicitNull`` property, a missing key as `nil` (the synthesised decoding would require the key).
    public func decode<Value>(_ type: ExplicitNull<Value>.Type, forKey key: Key) throws -> ExplicitNull<Value> {
        ExplicitNull(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
    }
}
