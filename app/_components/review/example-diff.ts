/**
 * A small, realistic pull request for the "Try an example" button: a C change that packs a floating-point bias
 * into a 16-bit telemetry word without a range check (Ariane 5's failure, again), a clock that adds 0.1 s per
 * tick in binary floating point (the Patriot's), and an ordinary change that triggers nothing.
 */
export const EXAMPLE_DIFF = `diff --git a/src/nav/alignment.c b/src/nav/alignment.c
index 3f2a1c4..8b7d9e0 100644
--- a/src/nav/alignment.c
+++ b/src/nav/alignment.c
@@ -41,5 +41,8 @@ void sri_update_alignment(const sensor_frame_t *frame)
     double horizontal_bias = frame->bias_h * BIAS_SCALE;
     double vertical_velocity = frame->vel_v;
 
+    /* Telemetry carries the bias in one 16-bit word. */
+    int16_t bh = (int16_t) horizontal_bias;
+    telemetry_put(TM_BH, bh);
     alignment_step(horizontal_bias, vertical_velocity);
 }
diff --git a/web/src/mission-clock.ts b/web/src/mission-clock.ts
index 4e5f6a7..b8c9d0e 100644
--- a/web/src/mission-clock.ts
+++ b/web/src/mission-clock.ts
@@ -12,6 +12,9 @@ export class MissionClock {
   private timer: ReturnType<typeof setInterval> | undefined;
 
   start(): void {
-    this.timer = setInterval(() => this.emit(), 100);
+    this.timer = setInterval(() => {
+      this.elapsedSeconds += 0.1;
+      this.emit();
+    }, 100);
   }
 }
diff --git a/web/src/format-speed.ts b/web/src/format-speed.ts
index 9a0b1c2..d3e4f5a 100644
--- a/web/src/format-speed.ts
+++ b/web/src/format-speed.ts
@@ -1,3 +1,4 @@
 export function formatSpeed(metresPerSecond: number): string {
-  return metresPerSecond.toFixed(1) + ' m/s';
+  const rounded = Math.round(metresPerSecond * 10) / 10;
+  return \`\${rounded} m/s\`;
 }
`;
