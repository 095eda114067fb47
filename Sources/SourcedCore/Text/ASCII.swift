extension UInt8 {
    /// ASCII upper case to lower case; every other byte as it is.
    @inline(__always) var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }

    /// An ASCII letter, in either case.
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
