import RetroGait

/// The sensor's own imperfections applied to the filtered body signal: mounting rotation, a constant
/// bias per axis, white noise, clipping at the full-scale range, and conversion to `Float`.
struct SensorOutput {
    let options: SimulationOptions
    let seed: UInt64

    func recording(
        acceleration: [SIMD3<Double>], rotation: [SIMD3<Double>], mounting: RotationMatrix,
        sampleRate: Double, placement: Placement
    ) -> Recording {
        var biasRandom = SplitMix64(seed: seed, salt: RandomStream.bias.rawValue)
        var noiseRandom = SplitMix64(seed: seed, salt: RandomStream.sensorNoise.rawValue)
        let accelerationBias = SIMD3((0..<3).map { _ in biasRandom.uniform(in: -1...1) * max(options.bias, 0) })
        let rotationBias = SIMD3((0..<3).map { _ in biasRandom.uniform(in: -1...1) * max(options.gyroscopeBias, 0) })
        let accelerationSignal = finish(
            acceleration, mounting: mounting, bias: accelerationBias, noise: max(options.noise, 0),
            range: options.range, random: &noiseRandom)
        var rotationSignal: TriaxialSignal?
        if options.includeGyroscope {
            rotationSignal = finish(
                rotation, mounting: mounting, bias: rotationBias, noise: max(options.gyroscopeNoise, 0),
                range: options.gyroscopeRange, random: &noiseRandom)
        }
        // The channels are built equally long and the rate is positive, so this cannot fail.
        return try! Recording(
            sampleRate: sampleRate, startTime: 0, acceleration: accelerationSignal,
            angularVelocity: rotationSignal, placement: placement)
    }

    private func finish(
        _ values: [SIMD3<Double>], mounting: RotationMatrix, bias: SIMD3<Double>, noise: Double,
        range: Double?, random: inout SplitMix64
    ) -> TriaxialSignal {
        let limit = range.flatMap { $0 > 0 && $0.isFinite ? $0 : nil } ?? .infinity
        var x = [Float](), y = [Float](), z = [Float]()
        x.reserveCapacity(values.count); y.reserveCapacity(values.count); z.reserveCapacity(values.count)
        for value in values {
            var v = mounting.apply(value) + bias
            if noise > 0 {
                v += noise * SIMD3(random.gaussian(), random.gaussian(), random.gaussian())
            }
            v = v.clamped(lowerBound: SIMD3(repeating: -limit), upperBound: SIMD3(repeating: limit))
            x.append(Float(v.x)); y.append(Float(v.y)); z.append(Float(v.z))
        }
        return TriaxialSignal(x: x, y: y, z: z)
    }
}
