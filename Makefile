# Thin driver around CMake so the README's commands stay short.
#   make run    - install what is missing, build, fetch the Linux images, boot Linux
#                 to a busybox shell on this terminal (Ctrl-A x quits)
#   make check  - install what is missing, build (plain, sanitized, fuzz), run every
#                 test, then fuzz the loaders and the command line for a bounded time
#   make demo   - the bare-metal demo guest
JOBS ?= $(shell nproc)
BUILD ?= build
SAN_BUILD ?= build-san
FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang-14

.PHONY: all setup build images run demo check check-plain check-sanitize check-fuzz bench clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARMVM_WERROR=ON
	cmake --build $(BUILD) -j$(JOBS)

images: setup
	images/fetch-linux.sh

run: build images
	$(BUILD)/armvm --board vexpress-a9 --kernel images/out/zImage \
		--dtb images/out/vexpress-v2p-ca9.dtb --initrd images/out/rootfs.cpio.gz \
		--append "console=ttyAMA0"

demo: build
	$(BUILD)/armvm --board vexpress-a9 --kernel $(BUILD)/images/demo/demo.elf

check: check-plain check-sanitize check-fuzz

check-plain: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# AddressSanitizer and UndefinedBehaviorSanitizer over the whole suite.
check-sanitize: setup
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DARMVM_WERROR=ON \
		-DARMVM_SANITIZE=address,undefined
	cmake --build $(SAN_BUILD) -j$(JOBS)
	ctest --test-dir $(SAN_BUILD) --output-on-failure -j$(JOBS) --label-exclude linux

# libFuzzer (clang) with ASan and UBSan over the loaders and the command line
# (tests/fuzz): each target for ARMVM_FUZZ_SECONDS (25 s), one after another.
check-fuzz: setup
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=$(FUZZ_CC) -DCMAKE_BUILD_TYPE=Debug \
		-DARMVM_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j$(JOBS)
	ctest --test-dir $(FUZZ_BUILD) --output-on-failure --label-regex fuzz

bench: build
	bench/run.sh $(BUILD)
	bench/cpu_mips.sh $(BUILD)
	bench/neon.sh $(BUILD)
	bench/cpu_set.py --build $(BUILD)
	bench/codedata.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD)
