#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Just enough of PNG to look at what `rsvg-convert` drew: 8-bit RGB or RGBA, not interlaced.
/// The zlib stream is inflated by the system's zlib, loaded at run time.
struct PNGImage {
    struct DecodeError: Error, CustomStringConvertible {
        var description: String
    }

    let width: Int
    let height: Int
    /// RGBA, row after row.
    let pixels: [UInt8]

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        guard data.count > 8, data[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else {
            throw DecodeError(description: "not a PNG file")
        }
        var offset = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        func uint32(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while offset + 8 <= data.count {
            let length = uint32(offset)
            let type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length <= data.count else { throw DecodeError(description: "chunk \(type) runs past the end") }
            if type == "IHDR" { header = Array(data[body..<body + length]) }
            if type == "IDAT" { compressed += data[body..<body + length] }
            if type == "IEND" { break }
            offset = body + length + 4
        }
        guard header.count == 13 else { throw DecodeError(description: "no IHDR chunk") }
        width = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
        height = header[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let channels: Int
        switch (header[8], header[9], header[12]) {
        case (8, 6, 0): channels = 4
        case (8, 2, 0): channels = 3
        default: throw DecodeError(description: "unsupported PNG: depth \(header[8]), colour type \(header[9]), interlace \(header[12])")
        }
        let stride = width * channels
        let raw = try Self.inflate(compressed, expectedCount: height * (stride + 1))
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        var previous = [UInt8](repeating: 0, count: stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            var line = Array(raw[(row * (stride + 1) + 1)..<((row + 1) * (stride + 1))])
            for i in 0..<stride {
                let a = i >= channels ? Int(line[i - channels]) : 0
                let b = Int(previous[i])
                let c = i >= channels ? Int(previous[i - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw DecodeError(description: "unknown filter \(filter) in row \(row)")
                }
                line[i] = UInt8(truncatingIfNeeded: Int(line[i]) + predictor)
            }
            for x in 0..<width {
                for channel in 0..<channels { rgba[(row * width + x) * 4 + channel] = line[x * channels + channel] }
            }
            previous = line
        }
        pixels = rgba
    }

    /// The red, green, blue and alpha of pixel (x, y).
    func pixel(_ x: Int, _ y: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        let i = (y * width + x) * 4
        return (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3])
    }

    /// How many pixels are within `tolerance` (per channel) of the colour `hex` ("#rrggbb").
    func count(near hex: String, tolerance: Int = 24) -> Int {
        let value = Int(hex.dropFirst(), radix: 16)!
        let target = [(value >> 16) & 255, (value >> 8) & 255, value & 255]
        var count = 0
        for i in stride(from: 0, to: pixels.count, by: 4)
        where abs(Int(pixels[i]) - target[0]) <= tolerance && abs(Int(pixels[i + 1]) - target[1]) <= tolerance
            && abs(Int(pixels[i + 2]) - target[2]) <= tolerance && pixels[i + 3] > 200 {
            count += 1
        }
        return count
    }

    /// Pixels that are not (nearly) opaque white.
    var inkedPixels: Int {
        var count = 0
        for i in stride(from: 0, to: pixels.count, by: 4)
        where pixels[i + 3] > 0 && (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245) {
            count += 1
        }
        return count
    }

    private typealias Uncompress = @convention(c) (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt
    ) -> Int32

    private static func inflate(_ compressed: [UInt8], expectedCount: Int) throws -> [UInt8] {
        guard let library = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.1.dylib", RTLD_NOW) ?? dlopen("libz.so", RTLD_NOW),
              let symbol = dlsym(library, "uncompress") else {
            throw DecodeError(description: "the system zlib could not be loaded")
        }
        let uncompress = unsafeBitCast(symbol, to: Uncompress.self)
        var output = [UInt8](repeating: 0, count: expectedCount)
        var length = UInt(expectedCount)
        let status = output.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, UInt(input.count))
            }
        }
        guard status == 0, length == UInt(expectedCount) else {
            throw DecodeError(description: "zlib status \(status), \(length) of \(expectedCount) bytes")
        }
        return output
    }
}

/// `rsvg-convert` from Debian's librsvg2-bin (installed by `make deps`).
enum SVGRasterizer {
    static let executable: String? = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    /// Renders `svg` to a PNG next to it and decodes it.
    static func render(_ svg: URL) throws -> PNGImage {
        let png = svg.deletingPathExtension().appendingPathExtension("png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable!)
        process.arguments = [svg.path, "-o", png.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PNGImage.DecodeError(description: "rsvg-convert failed (\(process.terminationStatus)): \(message)")
        }
        return try PNGImage(contentsOf: png)
    }
}
