"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from "recharts";
import { formatNumber } from "@/components/ui/format";
import { shortDay, type DayBar } from "./day-chart-data";

const HEIGHT = 220;

/**
 * The bars of "Suchen je Tag" drawn with recharts. Pure decoration: the figure around it has the caption and
 * the table, so it is hidden from assistive technology and has no keyboard layer, tooltip or animation.
 * Recharts 3 draws only in the browser: the box is 100% x 220px from the server on (no layout jump), the
 * chart measures it when it mounts and follows its width; on paper CSS scales the drawing to the page
 * (.efa-chart__plot in app/globals.css).
 */
export function DayBarChart({ bars, ticks }: { bars: DayBar[]; ticks: string[] }) {
  return (
    <div className={bars.length > 92 ? "efa-chart__plot efa-chart__plot--dense" : "efa-chart__plot"} aria-hidden="true">
      <BarChart
        responsive
        width="100%"
        height={HEIGHT}
        data={bars}
        margin={{ top: 8, right: 24, bottom: 0, left: 0 }}
        barCategoryGap={bars.length > 60 ? 0 : "15%"}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" ticks={ticks} tickFormatter={shortDay} interval={0} tickLine={false} />
        <YAxis allowDecimals={false} tickFormatter={formatNumber} width={48} tickLine={false} axisLine={false} />
        <Bar dataKey="value" isAnimationActive={false} shape={(bar: BarShapeProps) => <DayRect bar={bar} isWeekend={bars[bar.index]?.isWeekend ?? false} />} />
      </BarChart>
    </div>
  );
}

/** A bar; weekends light with a dark outline (told apart by lightness, not by hue; no outline on thin bars). */
function DayRect({ bar, isWeekend }: { bar: BarShapeProps; isWeekend: boolean }) {
  return (
    <rect
      x={bar.x}
      y={bar.y}
      width={Math.max(0, bar.width)}
      height={Math.max(0, bar.height)}
      className={isWeekend ? "efa-chart__bar efa-chart__bar--weekend" : "efa-chart__bar"}
    />
  );
}
